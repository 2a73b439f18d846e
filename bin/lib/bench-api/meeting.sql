-- GET /api/v1/meetings/{id} in one statement: the meeting with its agenda (and decisions), register (with names),
-- actions (with owners) and documents, as one JSON document.
\set p random(1, :partnerships)
\set m random(1, :meetings)
SELECT json_build_object(
  'id', mt.id, 'title', mt.title, 'startsAt', mt.starts_at, 'endsAt', mt.ends_at, 'format', mt.format, 'venue', mt.venue,
  'status', mt.status, 'summary', mt.summary, 'partnershipId', mt.partnership_id, 'version', mt.version,
  'agendaItems', (SELECT json_agg(json_build_object('id', a.id, 'position', a.position, 'kind', a.kind, 'title', a.title,
                     'presenter', a.presenter, 'notes', a.notes,
                     'decisions', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'text', d.text) ORDER BY d.position), '[]')
                                     FROM decision d WHERE d.agenda_item_id = a.id)) ORDER BY a.position)
                    FROM agenda_item a WHERE a.meeting_id = mt.id),
  'attendance', (SELECT json_agg(json_build_object('id', at.id, 'personId', at.person_id, 'name', p.display_name,
                    'role', at.role_as_recorded, 'status', at.status, 'mode', at.mode) ORDER BY at.position)
                   FROM attendance at JOIN person p ON p.id = at.person_id WHERE at.meeting_id = mt.id),
  'actions', (SELECT json_agg(json_build_object('id', x.id, 'description', x.description, 'ownerPersonId', x.owner_person_id,
                 'owner', o.display_name, 'dueOn', x.due_on, 'status', x.status) ORDER BY x.created_at, x.id)
                FROM meeting_action x LEFT JOIN person o ON o.id = x.owner_person_id WHERE x.meeting_id = mt.id),
  'documents', (SELECT json_agg(json_build_object('id', doc.id, 'title', doc.title, 'url', doc.url, 'kind', doc.kind)
                   ORDER BY doc.position) FROM meeting_document doc WHERE doc.meeting_id = mt.id))
FROM meeting mt WHERE mt.id = md5('scale-meeting-' || :p || '-' || :m)::uuid;
