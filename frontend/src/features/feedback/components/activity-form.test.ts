import { activityRequest, emptyActivity } from './activity-form';

describe('activityRequest', () => {
  const values = { ...emptyActivity('p1', '2020-9-2'), title: 'GP access workshop' };

  it('sends the date typed day, month, year and whole-number counts', () => {
    expect(activityRequest({ ...values, people: '1,200', carers: '3' }, undefined)).toMatchObject({
      heldOn: '2020-09-02',
      reach: { people: 1200, carers: 3 },
    });
  });

  it('never drops a count it cannot read: "over 50" is an error at its field', () => {
    expect(() => activityRequest({ ...values, people: 'over 50' }, undefined)).toThrow(
      expect.objectContaining({
        problem: expect.objectContaining({
          errors: [{ field: 'reach.people', message: 'Enter people reached as a whole number, like 50' }],
        }),
      }),
    );
  });
});
