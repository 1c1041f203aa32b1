import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdministrator } from '../admin/api.ts';
import { signOut, useMe } from '../auth/session.ts';
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

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const message = useAnnouncement();
  useFocusOnNavigate();

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
          <div className="app-header-actions">
            {me.data ? (
              <span className="app-user">
                <span className="sr-only">{t('app.signedInAs')} </span>
                {me.data.user.displayName}
              </span>
            ) : null}
            {isAdministrator(me.data) ? (
              <Link to="/admin" className="button button-tertiary">
                {t('admin.nav')}
              </Link>
            ) : null}
            {me.data ? (
              <Link to="/log-ind-steder" className="button button-tertiary">
                {t('sessions.nav')}
              </Link>
            ) : null}
            <LanguageSwitch />
            {me.data ? (
              <button type="button" className="button button-secondary" onClick={() => void onSignOut()}>
                {t('app.signOut')}
              </button>
            ) : null}
          </div>
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
