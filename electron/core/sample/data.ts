import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract.ts';
import { localToday } from '../../../shared/days.ts';
import type { Language } from '../../../shared/i18n-languages.ts';
import { coreText } from '../i18n/texts.ts';

// The sample country's records: a fictional country (the Republic of Verdania) whose desk uses
// every area, entered through the same channels a user's forms use, with dates relative to today
// so that deadlines fall due, meetings come up and actions run late.

export type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => ChannelOutput<C>;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** `language`: the user's, for the one text the desk shows as its own (its label on bundles); the records stay in English. */
export function seedSample(call: Call, language: Language = 'en'): void {
  const year = new Date().getFullYear();
  const ministry = call('institutions.create', { name: 'Ministry of Environment and Natural Resources', acronym: 'MENR' }).id;
  const wildlife = call('institutions.create', { name: 'Verdania Wildlife Service', acronym: 'VWS' }).id;
  const fisheries = call('institutions.create', { name: 'Directorate of Fisheries', acronym: 'DoF' }).id;
  const amina = call('people.create', { name: 'Amina Diallo', title: 'Director of Biodiversity', institutionId: ministry, email: 'amina.diallo@menr.verdania.example' }).id;
  const joseph = call('people.create', { name: 'Joseph Kamau', title: 'Senior Scientist', institutionId: wildlife, email: 'j.kamau@vws.verdania.example' }).id;
  const lucia = call('people.create', { name: 'Lucía Ferreira', title: 'Wetlands Officer', institutionId: ministry, email: 'l.ferreira@menr.verdania.example' }).id;
  call('people.create', { name: 'Tomasz Nowak', title: 'Fisheries Adviser', institutionId: fisheries, email: 't.nowak@dof.verdania.example' });
  for (const instrumentId of ['cbd', 'cites', 'cms', 'ramsar', 'cbd:cartagena', 'cbd:nagoya']) call('membership.set', { instrumentId, status: 'party' });

  // focal points: one role vacant (the CBD's SBSTTA focal point is not designated)
  const cbdNfp = call('designations.create', { personId: amina, roleId: 'cbd:role:nfp', startDate: '2021-05-01' }).id;
  call('designations.create', { personId: joseph, roleId: 'cites:role:sa', startDate: '2019-02-11' });
  const ma = call('designations.create', { personId: joseph, roleId: 'cites:role:ma', startDate: '2022-01-01' }).id;
  const cmsNfp = call('designations.create', { personId: amina, roleId: 'cms:role:nfp', startDate: '2023-03-01' }).id;
  call('designations.create', { personId: lucia, roleId: 'ramsar:role:aa', startDate: '2020-09-01' });

  // the reporting calendar with work in progress: an owner, a delegated part, a submitted report
  call('reports.save', { obligationId: 'cites:annual-trade', period: String(year - 1), status: 'drafting', ownerDesignationId: ma });
  call('reports.parts.save', { reportId: `cites:annual-trade__${year - 1}`, title: 'Live animals and plants', assigneeId: amina, due: inDays(25) });

  // a national target aligned to the GBF and the CMS plan, with data recorded once and reused
  const nt3 = call('targets.create', { code: 'NT3', title: 'Protected and conserved areas', leadInstitutionId: ministry, status: 'some_progress', progress: 20 }).id;
  call('alignments.set', { nationalTargetId: nt3, frameworkItemId: 'gbf:T3', degree: 'high' });
  call('alignments.set', { nationalTargetId: nt3, frameworkItemId: 'cms:T2.2', degree: 'medium' });
  const nt6 = call('targets.create', { code: 'NT6', title: 'Wetlands of international importance managed effectively', leadInstitutionId: ministry, status: 'on_track', progress: 45 }).id;
  call('alignments.set', { nationalTargetId: nt6, frameworkItemId: 'gbf:T2', degree: 'medium' });
  for (const [y, value] of [[2020, 12.1], [2022, 14.8], [2024, 17.2]] as const) {
    call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: y, value, unit: '%', source: 'National protected areas registry', enteredById: amina });
  }
  call('targets.update', { id: nt3, patch: { headlineIndicatorIds: ['gbf:HI:3.1'] } });
  call('progress.save', { nationalTargetId: nt3, asOf: `${year - 1}-12-31`, level: 'insufficient', actions: 'Two marine reserves gazetted; community conservancies registered', summary: 'Coverage rose from 12% to 17% of land and inland waters', assessedById: amina });

  // positions on sharks at CITES and CMS that do not agree
  call('meetings.save', { id: 'cites:cop21', start: inDays(200), end: inDays(211), place: 'Geneva' });
  call('meetings.save', { id: 'cms:cop16', start: inDays(45), end: inDays(51) });
  const citesItem = call('agenda.save', { meetingId: 'cites:cop21', number: '85.3', title: 'Proposal to include oceanic whitetip shark in Appendix I', topicIds: ['sharks-rays', 'species-listings'], taxonGroup: 'sharks-rays', taxon: 'Carcharhinus longimanus', documents: ['CoP21 Prop. 37 — Oceanic whitetip shark'] }).id;
  const cmsItem = call('agenda.save', { meetingId: 'cms:cop16', number: '27.1', title: 'Proposal to list sharks in Appendix I', topicIds: ['sharks-rays'], taxonGroup: 'sharks-rays' }).id;
  call('positions.save', { agendaItemId: citesItem, stance: 'oppose', status: 'draft', text: 'Oppose: the trade is sustainable under current quotas', redLines: 'No zero quota' });

  // the working group: members, a meeting that agreed the CMS position, a decision and its actions
  call('wg.members.save', { personId: amina, designationIds: [cmsNfp, cbdNfp], role: 'chair', since: '2023-03-01' });
  call('wg.members.save', { personId: joseph, designationIds: [ma], role: 'member', since: '2022-01-01' });
  const wgm = call('wg.meetings.save', { date: inDays(-10), title: 'Working group, 4th meeting', place: 'MENR, Port Alder', attendeeIds: [amina, joseph, lucia], minutes: 'Reviewed the shark proposals at CITES CoP21 and CMS COP16.', decisionsTaken: 'Support the CMS listing of sharks.\nThe CITES position to be reviewed with the Wildlife Service.' }).id;
  const cmsPos = call('positions.save', { agendaItemId: cmsItem, stance: 'support', status: 'agreed', agreedOn: inDays(-10), agreedAtMeetingId: wgm, text: 'Support the listing', fallback: 'Support a listing of the species in Appendix II', redLines: 'No exemption for artisanal fisheries bycatch', leadDesignationId: cmsNfp, nationalTargetIds: [nt3] }).id;
  const cbdItem = call('agenda.save', { meetingId: 'cms:cop16', number: '12', title: 'Synergies with the Convention on Biological Diversity', topicIds: ['synergies', 'national-reporting'] }).id;
  call('positions.save', { agendaItemId: cbdItem, stance: 'support', status: 'draft', text: 'Support joint reporting with the CBD headline indicators', speakingPoints: 'Our CBD 7th report reused the protected-area indicator' });
  call('agenda.save', { meetingId: 'cms:cop16', number: '30', title: 'Migratory landbirds in the African-Eurasian region', topicIds: ['illegal-killing-trade'], taxonGroup: 'birds' });
  call('actions.save', { title: 'Review the CITES shark position with the Wildlife Service', ownerPersonId: joseph, due: inDays(-2), status: 'open', sourceKind: 'wgMeeting', sourceId: wgm });
  call('actions.save', { title: 'Send the agreed CMS position to the fisheries ministry', ownerPersonId: amina, due: inDays(20), status: 'in_progress', sourceKind: 'position', sourceId: cmsPos });
  const decision = call('decisions.save', { meetingId: 'cms:cop15', number: '15.12', title: 'Conservation of migratory sharks and rays' });
  const withPara = call('decisions.paragraphs.save', { decisionId: decision.id, number: '3', text: 'Requests Parties to report on measures taken to reduce the bycatch of sharks and rays', kind: 'action', status: 'active', obligationId: 'cms:national-report' });
  call('decisions.paragraphs.save', { decisionId: decision.id, number: '5', text: 'Invites Parties to share data on shark landings', kind: 'information', status: 'active' });
  call('actions.save', { title: 'Collect bycatch data from the fisheries ministry', ownerPersonId: amina, due: inDays(60), status: 'open', sourceKind: 'decisionParagraph', sourceId: withPara.paragraphs[0].id });

  // the CBD 7th report is submitted; a value corrected afterwards is flagged in its draft
  call('reports.save', { obligationId: 'cbd:national-report', period: '7', status: 'submitted', submittedOn: localToday(), submissionRef: 'NR7-VD-001' });
  call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 17.6, unit: '%', source: 'National protected areas registry (revised)', enteredById: amina });

  // capacity building: a pre-COP workshop attended, and needs the working group recorded
  const workshop = call('capacity.trainings.save', { title: 'Pre-COP16 regional workshop for CMS focal points', kind: 'pre_cop_workshop', convention: 'cms', organiser: 'CMS Secretariat', startDate: inDays(-40), endDate: inDays(-38), mode: 'in_person', place: 'Port Alder', attendeeIds: [amina, joseph] }).id;
  call('capacity.needs.save', { title: 'Training on the CITES trade database and annual reports', priority: 'high', status: 'open', convention: 'cites', forPersonIds: [joseph], forWhom: 'the Management Authority', wgMeetingId: wgm });
  call('capacity.needs.save', { title: 'Briefing on the COP16 shark proposals', priority: 'medium', status: 'met', convention: 'cms', metByTrainingId: workshop, wgMeetingId: wgm });

  // who uses this desk
  call('settings.update', { mePersonId: amina, deviceLabel: coreText(language, 'sample', 'deskLabel', { country: coreText(language, 'sample', 'country') }) });
}
