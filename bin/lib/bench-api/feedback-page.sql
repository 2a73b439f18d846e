-- GET /api/v1/feedback?partnershipId=…&size=50 in one statement: the newest 50 items of the partnership with 5,000,
-- each with its themes' names, and the total the page carries.
SELECT json_build_object(
  'items', (SELECT json_agg(json_build_object('id', f.id, 'partnershipId', f.partnership_id, 'activityId', f.activity_id,
               'sourceOrganisationId', f.source_organisation_id, 'text', f.text, 'receivedOn', f.received_on, 'area', f.area,
               'themes', (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
                            FROM feedback_theme ft JOIN theme t ON t.id = ft.theme_id WHERE ft.feedback_id = f.id),
               'createdAt', f.created_at, 'version', f.version))
              FROM (SELECT * FROM feedback WHERE partnership_id = md5('scale-partnership-1')::uuid
                     ORDER BY received_on DESC, id DESC LIMIT 50) f),
  'totalItems', (SELECT count(*) FROM feedback WHERE partnership_id = md5('scale-partnership-1')::uuid));
