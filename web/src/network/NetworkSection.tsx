import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFailure, FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { type NetworkMember, networkKey, networkQuery, removeMember } from './api.ts';
import { MemberForm } from './MemberForm.tsx';
import { NetworkMap } from './NetworkMap.tsx';

/**
 * The young person's network: the map (a drawing, hidden from screen readers) and the same people
 * as a table, which is the primary view on a phone and for assistive technology.
 */
export function NetworkSection({
  courseId,
  centreName,
  canWrite,
}: {
  courseId: string;
  centreName: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const network = useQuery(networkQuery(courseId));
  // 'new', a person's id, or nothing: one form open at a time.
  const [editing, setEditing] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (editing) formHeading.current?.focus();
    else if (wasOpen.current) sectionHeading.current?.focus();
    wasOpen.current = editing !== null;
  }, [editing]);

  const members = network.data?.members ?? [];
  const editedMember = members.find((m) => m.id === editing);
  return (
    <section aria-labelledby="network-heading" className="mt-7">
      <h3 id="network-heading" ref={sectionHeading} tabIndex={-1}>
        {t('network.title')}
      </h3>
      <p className="app-intro">{t('network.intro')}</p>
      {canWrite && editing === null ? (
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('network.add')}
        </button>
      ) : null}
      {canWrite && editing === 'new' ? (
        <MemberForm courseId={courseId} headingRef={formHeading} onDone={() => setEditing(null)} />
      ) : null}
      {canWrite && editedMember ? (
        <MemberForm
          key={editedMember.id}
          courseId={courseId}
          member={editedMember}
          headingRef={formHeading}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {network.isPending ? <Loading /> : null}
      {network.isError ? <LoadError onRetry={() => void network.refetch()} /> : null}
      {network.data ? (
        members.length === 0 ? (
          <p className="mt-5">{t('network.none')}</p>
        ) : (
          <div className="app-network-layout">
            {/* The list first: it is the primary view on a phone and the map's text equivalent. */}
            <MemberTable
              courseId={courseId}
              members={members}
              canWrite={canWrite && editing === null}
              onEdit={setEditing}
            />
            <div>
              <p className="mt-5 mb-0">{t('network.mapExplained')}</p>
              <NetworkMap members={members} centreName={centreName} />
            </div>
          </div>
        )
      ) : null}
    </section>
  );
}

function MemberTable({
  courseId,
  members,
  canWrite,
  onEdit,
}: {
  courseId: string;
  members: readonly NetworkMember[];
  canWrite: boolean;
  onEdit: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <table
      className="table table--compact table-sm-responsive-headers app-table app-stack"
      data-testid="network-list"
    >
      <caption className="sr-only">{t('network.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('network.name')}</th>
          <th scope="col">{t('network.relation')}</th>
          <th scope="col">{t('network.placement')}</th>
          <th scope="col">{t('network.contact')}</th>
          <th scope="col">{t('network.courseRole')}</th>
          {canWrite ? (
            <th scope="col">
              <span className="sr-only">{t('network.actions')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <th scope="row" data-title={t('network.name')}>
              {m.name}
            </th>
            <td data-title={t('network.relation')}>{t(`network.relations.${m.relation}`)}</td>
            <td data-title={t('network.placement')}>
              {t(`network.spheres.${m.sphere}`)}, {t(`network.closenesses.${m.closeness}`).toLowerCase()}
            </td>
            <td data-title={t('network.contact')}>{[m.phone, m.email].filter(Boolean).join(', ') || '–'}</td>
            <td data-title={t('network.courseRole')}>{m.courseRole || '–'}</td>
            {canWrite ? (
              <td className="app-cell-actions">
                <MemberActions courseId={courseId} member={m} onEdit={() => onEdit(m.id)} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Change, or take off the map after a second click that says what happens. */
function MemberActions({
  courseId,
  member,
  onEdit,
}: {
  courseId: string;
  member: NetworkMember;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => removeMember(courseId, member.id, member.version),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: networkKey(courseId) });
      announce(t('network.removed', { name: member.name }));
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: networkKey(courseId) }),
  });
  if (remove.isError)
    return <FormAlert message={describeFailure(remove.error, t).failure ?? t('form.refused')} />;
  if (confirming)
    return (
      <div className="app-effort-actions">
        <button type="button" className="button button-secondary" onClick={() => remove.mutate()}>
          {t('network.confirmRemove', { name: member.name })}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => setConfirming(false)}>
          {t('form.cancel')}
        </button>
      </div>
    );
  return (
    <div className="app-effort-actions">
      <button type="button" className="button button-secondary" onClick={onEdit}>
        {t('network.edit')}
        <span className="sr-only"> {member.name}</span>
      </button>
      <button type="button" className="button button-tertiary" onClick={() => setConfirming(true)}>
        {t('network.remove')}
        <span className="sr-only"> {member.name}</span>
      </button>
    </div>
  );
}
