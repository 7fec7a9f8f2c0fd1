using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TypedTranscripts.Figures;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>Turns what a layout read into the call: speakers with roles, sections of turns, metadata and figures.</summary>
    internal static class CallBuilder
    {
        /// <summary>
        /// The buffer turn texts are joined in, kept for the thread's next call so that a parse allocates the texts and
        /// not a buffer as well; one longer than <see cref="MaxKeptScratch"/> (a turn of over 40,000 characters) is not kept,
        /// so what stays behind is small and never on the large-object heap.
        /// </summary>
        [ThreadStatic] private static char[]? t_turnScratch;

        private const int MaxKeptScratch = 40_000;

        public static EarningsCall Build(LayoutDocument doc, SourceText source, string path, TranscriptParseOptions options,
            List<TranscriptProblem> problems, List<UnresolvedStatement> unresolved, CancellationToken cancellationToken)
        {
            var directory = new SpeakerDirectory(doc.Participants);
            var turnSpeakers = new List<SpeakerDraft>(doc.Turns.Count);
            var texts = new List<TurnText>(doc.Turns.Count);
            char[]? scratch = t_turnScratch;
            t_turnScratch = null;
            for (int i = 0; i < doc.Turns.Count; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var draft = directory.Resolve(doc.Turns[i]);
                draft.Turns.Add(i);
                turnSpeakers.Add(draft);
                texts.Add(doc.Turns[i].Body.Build(ref scratch));
            }
            if (scratch is not null && scratch.Length <= MaxKeptScratch) t_turnScratch = scratch;
            cancellationToken.ThrowIfCancellationRequested();

            OpeningFacts.Read(doc.Turns, texts, out var openingPeriod, out var openingCompany, out var openingDate);
            doc.Facts.Period ??= openingPeriod;
            doc.Facts.Date ??= openingDate;
            string? speakerCompany = CompanyOfSpeakers(directory.All, doc.Turns, turnSpeakers) ?? openingCompany?.Value;
            var metadata = MetadataResolver.Resolve(doc.Facts, speakerCompany, source, path, options, problems, cancellationToken);

            // Titles first: a speaker the opening names with a title is not the operator.
            Introductions.LearnTitles(texts, turnSpeakers, metadata.Company);
            Roles.InferOperator(directory.All, texts, turnSpeakers);
            var askers = Introductions.LearnAskers(texts, turnSpeakers, metadata.Company);
            Roles.Infer(directory.All, doc.Turns, turnSpeakers, metadata.Company, askers);
            if (!doc.HasSectionMarkers)
            {
                Roles.InferSections(doc.Turns, texts, turnSpeakers);
                // A second look now that Q&A is known: who asks after the operator.
                foreach (var draft in directory.All.Where(d => !d.Listed && d.Role != SpeakerRole.Operator && d.Company is null)) draft.Role = null;
                Roles.Infer(directory.All, doc.Turns, turnSpeakers, metadata.Company, askers);
            }

            var speakers = new Dictionary<SpeakerDraft, Speaker>();
            var ordered = new List<Speaker>();
            foreach (var draft in directory.All)
            {
                var role = draft.Role ?? SpeakerRole.Other;
                // The company's own people belong to the call's company even where the layout does not say so.
                string? company = draft.Company ?? (role == SpeakerRole.Executive ? metadata.Company : null);
                var speaker = new Speaker(draft.Name, company, draft.Title, role);
                speakers[draft] = speaker;
                ordered.Add(speaker);
            }

            var sections = new List<Section>();
            var figureTurns = new List<FigureTurn>(doc.Turns.Count);
            List<Turn>? current = null;
            for (int i = 0; i < doc.Turns.Count; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var raw = doc.Turns[i];
                if (current is null || sections[sections.Count - 1].Kind != raw.Section)
                {
                    current = new List<Turn>();
                    int line = doc.SectionHeadings.TryGetValue(raw.Section, out int heading) && heading <= raw.Line ? heading : raw.Line;
                    sections.Add(new Section(raw.Section, line, current));
                }
                var speaker = speakers[turnSpeakers[i]];
                current.Add(new Turn(speaker, raw.Section, raw.Line, texts[i].Text));
                figureTurns.Add(new FigureTurn(speaker, raw.Section, texts[i]));
            }
            sections = MergeRepeatedSections(sections);

            ReportSpeakerProblems(doc, source, turnSpeakers, problems);

            var figures = options.ExtractFigures
                ? FigureExtractor.Extract(figureTurns, new CallContext(metadata.Period, metadata.Date, metadata.Company), source, problems, cancellationToken)
                : new ExtractedFigures();
            unresolved.AddRange(figures.Unresolved);

            return new EarningsCall(metadata.Company, metadata.Ticker, metadata.Period, metadata.Date, metadata.Time, metadata.Title,
                doc.Layout, path, ordered, sections, figures.Figures, figures.Changes, figures.Guidance);
        }

        /// <summary>The company that the listed executives, or the prepared remarks' speakers, work for.</summary>
        private static string? CompanyOfSpeakers(List<SpeakerDraft> all, List<RawTurn> turns, List<SpeakerDraft> turnSpeakers)
        {
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var draft in all)
            {
                if (draft.Listed && draft.Role == SpeakerRole.Executive && draft.Company is not null) Vote(draft.Company, 1);
            }
            if (votes.Count == 0)
            {
                for (int i = 0; i < turns.Count; i++)
                {
                    var draft = turnSpeakers[i];
                    if (turns[i].Section == SectionKind.Presentation && draft.Role != SpeakerRole.Operator && draft.Company is not null) Vote(draft.Company, 1);
                }
            }
            string? best = null;
            foreach (var pair in votes)
            {
                if (best is null || pair.Value > votes[best]) best = pair.Key;
            }
            return best;

            void Vote(string company, int weight) => votes[company] = votes.TryGetValue(company, out int n) ? n + weight : weight;
        }

        /// <summary>Transcripts that repeat a heading (a second PRESENTATION after a page break) keep one section per kind in a row.</summary>
        private static List<Section> MergeRepeatedSections(List<Section> sections)
        {
            if (sections.Count < 2) return sections;
            var merged = new List<Section>();
            foreach (var section in sections)
            {
                if (merged.Count > 0 && merged[merged.Count - 1].Kind == section.Kind)
                {
                    var previous = merged[merged.Count - 1];
                    merged[merged.Count - 1] = new Section(previous.Kind, previous.Line, previous.Turns.Concat(section.Turns).ToList());
                }
                else
                {
                    merged.Add(section);
                }
            }
            return merged;
        }

        private static void ReportSpeakerProblems(LayoutDocument doc, SourceText source, List<SpeakerDraft> turnSpeakers, List<TranscriptProblem> problems)
        {
            if (doc.Turns.Count == 0)
            {
                problems.Add(Problems.AtStart(ProblemCode.NoSpeakers, Problems.Format(
                    "The transcript was read as {0} but no speaker turns were found; check that speaker lines are laid out as that layout writes them.", doc.Layout)));
                return;
            }
            if (!doc.HasParticipantLists || doc.Participants.Count == 0) return;
            var reported = new HashSet<SpeakerDraft>();
            for (int i = 0; i < doc.Turns.Count; i++)
            {
                var draft = turnSpeakers[i];
                if (draft.Listed || draft.Role == SpeakerRole.Operator || Names.IsAnonymousLabel(draft.Name) || !reported.Add(draft)) continue;
                problems.Add(Problems.At(ProblemCode.UnlistedSpeaker, doc.Turns[i].Header, Problems.Format(
                    "Speaker '{0}' (line {1}) is not among the call participants listed at the top of the transcript.", draft.Name, doc.Turns[i].Line)));
            }
        }
    }
}
