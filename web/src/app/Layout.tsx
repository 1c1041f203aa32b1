import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdministrator } from '../admin/api.ts';
import { mayRegisterForGroups } from '../attendance/api.ts';
import { signOut, useMe } from '../auth/session.ts';
import { isCompanyMentor, mayReadNetwork } from '../companies/access.ts';
import { mayRefer } from '../course-steps/api.ts';
import { inDevelopmentGroup } from '../formats/api.ts';
import { FormatsLink } from '../formats/FormatsLink.tsx';
import { mayReadInitiatives } from '../initiatives/api.ts';
import { isParticipant } from '../participants/api.ts';
import { RemindersLink, WorkQueueLink } from '../work-queue/RemindersLink.tsx';
import { changeLanguage } from './i18n.ts';
import { useAnnouncement } from './live.ts';

function focusMain() {
  document.getElementById('main-content')?.focus();
}

/**
 * After a client-side navigation, focus moves to the new page's heading so keyboard and screen
 * reader users start there; between tabs of one course it moves to the tab's own heading.
 */
function useFocusOnNavigate() {
  const pathname = useRouterState({ select: (s) => s.resolvedLocation?.pathname ?? null });
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = pathname;
    if (before === null || pathname === null || before === pathname) return;
    const courseOf = (p: string) => (p.startsWith('/forloeb/') ? p.split('/')[2] : null);
    const sameCourse = courseOf(before) !== null && courseOf(before) === courseOf(pathname);
    const timer = setTimeout(() => {
      const main = document.getElementById('main-content');
      const target =
        (sameCourse ? main?.querySelector<HTMLElement>('[data-tab-heading]') : null) ??
        main?.querySelector<HTMLElement>('h1');
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      } else focusMain();
    }, 0);
    return () => clearTimeout(timer);
  }, [pathname]);
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'da' : 'en';
  return (
    <button
      type="button"
      className="button button-tertiary app-language"
      lang={other}
      onClick={() => void changeLanguage(other)}
    >
      {t('app.otherLanguage')}
    </button>
  );
}

/**
 * The header: the app's name, the signed-in person's menu and the language switch. On a narrow
 * screen the menu folds behind one button so the header stays one short row; it closes on
 * navigation and on Escape. The language switch stays in sight.
 */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const message = useAnnouncement();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [menuOpen, setMenuOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useFocusOnNavigate();

  // A new page closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setMenuOpen(false), [pathname]);

  async function onSignOut() {
    try {
      await signOut();
    } finally {
      queryClient.clear();
      await navigate({ to: '/logind' });
    }
  }

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="container app-header-inner">
          <Link to="/" className="app-name">
            {t('app.name')}
          </Link>
          {me.data ? (
            <>
              <button
                ref={toggleRef}
                type="button"
                className="button button-secondary app-menu-toggle"
                aria-expanded={menuOpen}
                aria-controls="app-menu"
                onClick={() => setMenuOpen((open) => !open)}
              >
                {t('app.menu')}
              </button>
              {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the menu from anywhere in it */}
              <div
                id="app-menu"
                className="app-header-actions"
                data-open={menuOpen || undefined}
                onKeyDown={(event) => {
                  if (event.key === 'Escape' && menuOpen) {
                    setMenuOpen(false);
                    toggleRef.current?.focus();
                  }
                }}
              >
                <span className="app-user">
                  <span className="sr-only">{t('app.signedInAs')} </span>
                  {me.data.user.displayName}
                </span>
                <nav aria-label={t('app.mainNav')} className="app-main-nav">
                  {isParticipant(me.data) ? null : (
                    <Link to="/moeder" className="button button-tertiary">
                      {t('nav.meetingOverview')}
                    </Link>
                  )}
                  {isParticipant(me.data) ? null : <WorkQueueLink />}
                  {isParticipant(me.data) ? null : <RemindersLink />}
                  {mayRegisterForGroups(me.data) ? (
                    <Link to="/fremmoede" className="button button-tertiary">
                      {t('nav.groupAttendance')}
                    </Link>
                  ) : null}
                  {mayRefer(me.data) ? (
                    <Link to="/henvisning" className="button button-tertiary">
                      {t('nav.referral')}
                    </Link>
                  ) : null}
                  {mayReadNetwork(me.data) ? (
                    <Link to="/virksomheder" className="button button-tertiary">
                      {t('nav.companies')}
                    </Link>
                  ) : null}
                  {isCompanyMentor(me.data) ? (
                    <Link to="/min-praktik" className="button button-tertiary">
                      {t('nav.mentorPage')}
                    </Link>
                  ) : null}
                  {inDevelopmentGroup(me.data) ? (
                    <Link to="/partnerskab" search={{}} className="button button-tertiary">
                      {t('nav.dashboard')}
                    </Link>
                  ) : null}
                  <FormatsLink me={me.data} />
                  {mayReadInitiatives(me.data) ? (
                    <Link to="/indsatser" className="button button-tertiary">
                      {t('nav.initiatives')}
                    </Link>
                  ) : null}
                  {isAdministrator(me.data) ? (
                    <Link to="/admin" className="button button-tertiary">
                      {t('nav.admin')}
                    </Link>
                  ) : null}
                  <Link to="/log-ind-steder" className="button button-tertiary">
                    {t('nav.sessions')}
                  </Link>
                </nav>
                <button type="button" className="button button-secondary" onClick={() => void onSignOut()}>
                  {t('app.signOut')}
                </button>
              </div>
            </>
          ) : null}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="container app-main">
        <Outlet />
      </main>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </>
  );
}
