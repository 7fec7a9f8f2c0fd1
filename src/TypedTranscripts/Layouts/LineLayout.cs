using System;
using System.Collections.Generic;
using System.Threading;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// The reading loop the publisher layouts share (Seeking Alpha, Motley Fool, markdown, plain): header lines with the
    /// call facts, participant lists, section headings, publisher summaries and furniture to skip, and speaker turns.
    /// A layout says how its turns start (<see cref="TryTurnStart"/>) and what it drops; the loop does the rest.
    /// </summary>
    internal abstract class LineLayout : ITranscriptLayout
    {
        /// <summary>How far <see cref="ITranscriptLayout.Detect"/> looks.</summary>
        protected const int DetectLines = 600;

        /// <summary>Lines longer than this are never headings, labels or list entries.</summary>
        protected const int MaxShortLine = 300;

        public abstract TranscriptLayout Kind { get; }

        public abstract string Name { get; }

        public abstract int Detect(SourceText source);

        private enum State : byte
        {
            Header,
            List,
            Contents,
            Skip,
            Turns,
        }

        /// <summary>A turn start found on a line: who speaks, and where on the line the spoken text starts (or -1).</summary>
        protected readonly struct TurnStart
        {
            public TurnStart(SpeakerLabel label, int textStart, SpeakerRole? role = null)
            {
                Label = label;
                TextStart = textStart;
                Role = role;
            }

            public SpeakerLabel Label { get; }

            /// <summary>Offset in the trimmed line where the turn's text starts, or -1 when the line is only the label.</summary>
            public int TextStart { get; }

            public SpeakerRole? Role { get; }
        }

        /// <summary>What the loop knows when a layout looks at a line (one per read: layouts are shared between threads).</summary>
        protected sealed class LineContext
        {
            public LineContext(SourceText source, LayoutDocument doc, ColonLabels? labels)
            {
                Source = source;
                Document = doc;
                Labels = labels;
            }

            public SourceText Source { get; }
            public LayoutDocument Document { get; }

            /// <summary>The text's <c>Name:</c> labels, for layouts that use them.</summary>
            public ColonLabels? Labels { get; }

            /// <summary>The line before was blank (or a heading), or this is the first line.</summary>
            public bool BlankBefore { get; set; }

            /// <summary>True while a participant list is being read.</summary>
            public bool InList { get; set; }

            /// <summary>The first non-blank line within a few lines after <paramref name="index"/>, trimmed (empty when none).</summary>
            public TextSpan NextNonBlank(int index)
            {
                for (int k = index + 1; k < Source.LineCount && k <= index + 4; k++)
                {
                    var span = Source.Span(k).Trim();
                    if (!span.IsEmpty) return span;
                }
                return new TextSpan(Source.Text, 0, 0);
            }
        }

        /// <summary>Whether a line starts a turn, and who speaks.</summary>
        protected abstract bool TryTurnStart(LineContext context, int index, TextSpan content, out TurnStart start);

        /// <summary>
        /// Lines the publisher adds that nobody said (image credits, ads). Returns how many lines to drop from
        /// <paramref name="index"/> on, 0 for a spoken line.
        /// </summary>
        protected virtual int FurnitureLines(SourceText source, int index, TextSpan content) => 0;

        /// <summary>Headings of the layout's own besides <see cref="SectionHeadings"/>.</summary>
        protected virtual HeadingKind HeadingOf(TextSpan content) => SectionHeadings.Of(content);

        /// <summary>A header line the layout reads itself; false hands it to <see cref="HeaderFacts"/>.</summary>
        protected virtual bool ReadHeaderLine(string line, int index, CallFacts facts) => false;

        /// <summary>Whether a lone part after a name in this participant list is a title (rather than a firm).</summary>
        protected virtual bool LoneEntryPartIsTitle(HeadingKind list) => list == HeadingKind.CompanyParticipants;

        /// <summary>True for layouts whose turns start with <c>Name:</c> labels (counted once before reading).</summary>
        protected virtual bool UsesColonLabels => false;

        public LayoutDocument Read(SourceText source, CancellationToken cancellationToken)
        {
            var doc = new LayoutDocument(Kind);
            var header = new HeaderFacts(doc.Facts);
            var labels = UsesColonLabels ? ColonLabels.Count(source, cancellationToken) : null;
            var context = new LineContext(source, doc, labels) { BlankBefore = true };
            bool linePerParagraph = IsOneParagraphPerLine(source, cancellationToken);

            var state = State.Header;
            bool ended = false;
            var list = HeadingKind.None;
            var section = SectionKind.Presentation;
            RawTurn? turn = null;
            int n = source.LineCount;
            for (int i = 0; i < n; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var content = source.Span(i).Trim();
                if (content.IsEmpty)
                {
                    context.BlankBefore = true;
                    turn?.Body.BreakParagraph();
                    continue;
                }
                int furniture = FurnitureLines(source, i, content);
                if (furniture > 0)
                {
                    i += furniture - 1;
                    continue;
                }

                var heading = content.Length <= MaxShortLine ? HeadingOf(content) : HeadingKind.None;
                if (state == State.Contents)
                {
                    // The table of contents names the headings without their colon; the real ones follow.
                    if (heading != HeadingKind.None && !content.EndsWith(":")) continue;
                    state = State.Header;
                }
                if (heading != HeadingKind.None)
                {
                    turn = null;
                    context.BlankBefore = true;
                    state = Next(state, heading, ended);
                    if (heading == HeadingKind.End) ended = true;
                    if (state == State.List)
                    {
                        list = heading;
                        doc.HasParticipantLists = true;
                    }
                    if (state == State.Turns && (heading == HeadingKind.Presentation || heading == HeadingKind.QuestionsAndAnswers))
                    {
                        section = heading == HeadingKind.Presentation ? SectionKind.Presentation : SectionKind.QuestionsAndAnswers;
                        doc.HasSectionMarkers = true;
                    }
                    context.InList = state == State.List;
                    continue;
                }
                // A publisher's summary without the heading that should end it ends at the operator's first turn.
                if (!ended && TryTurnStart(context, i, content, out var start)
                    && (state != State.Skip || Names.IsOperatorLabel(start.Label.Name)))
                {
                    state = State.Turns;
                    context.InList = false;
                    turn = new RawTurn(start.Label.Name, start.Label.Company, start.Label.Title, section, i + 1, source.LocationOfLine(i));
                    if (start.Role is { } role) turn.RoleHint = role;
                    // "Operator", or a named operator: "Rob -- Operator", "Rob (Operator):".
                    if (Names.IsOperatorLabel(start.Label.Name) || (start.Label.Title is { } title && Names.IsOperatorLabel(title))) turn.RoleHint = SpeakerRole.Operator;
                    doc.Turns.Add(turn);
                    if (start.TextStart >= 0 && start.TextStart < content.Length) turn.Body.AppendLine(content.Slice(start.TextStart).Trim(), i + 1);
                    context.BlankBefore = false;
                    continue;
                }

                if (state == State.Skip) continue;
                switch (state)
                {
                    case State.Header:
                        if (content.Length <= HeaderFacts.MaxLineLength)
                        {
                            string line = content.ToString();
                            if (!ReadHeaderLine(line, i, doc.Facts)) header.Read(line, i);
                        }
                        break;
                    case State.List:
                        if (content.Length <= MaxShortLine && SpeakerLabels.TryParse(content.ToString(), LoneEntryPartIsTitle(list), out var entry))
                            doc.AddParticipant(entry, list, i + 1);
                        break;
                    case State.Turns:
                        // Unwrapped text puts each paragraph on a line of its own, blank line or not: a line after a
                        // finished sentence starts a new paragraph. A line after an unfinished one still continues it.
                        if (linePerParagraph && !context.BlankBefore && turn is not null && turn.Body.EndsSentence) turn.Body.BreakParagraph();
                        turn?.Body.AppendLine(content, i + 1);
                        break;
                }
                context.BlankBefore = false;
            }
            return doc;
        }

        /// <summary>Lines longer than this are beyond any wrap width (hard-wrapped transcripts wrap at 80 to 145 characters).</summary>
        internal const int UnwrappedLineLength = 200;

        /// <summary>
        /// True when the text is not hard-wrapped, so that each line is a paragraph of its own: several lines run far
        /// beyond any wrap width and end a sentence. A hard-wrapped text, whose sentences continue on the next line, has
        /// none or only the odd long line (a table row, a URL).
        /// </summary>
        internal static bool IsOneParagraphPerLine(SourceText source, CancellationToken cancellationToken)
        {
            int lines = 0, unwrapped = 0;
            for (int i = 0; i < source.LineCount; i++)
            {
                if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
                var content = source.Span(i).Trim();
                if (content.IsEmpty) continue;
                lines++;
                if (content.Length > UnwrappedLineLength && IsSentenceEnd(content[content.Length - 1])) unwrapped++;
            }
            return unwrapped >= 3 && unwrapped * 20 >= lines;
        }

        private static bool IsSentenceEnd(char c) => c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201D' || c == ')';

        /// <summary>Where a heading leads: after the end of the spoken text only participant lists are still read.</summary>
        private static State Next(State state, HeadingKind heading, bool ended)
        {
            switch (heading)
            {
                case HeadingKind.CompanyParticipants:
                case HeadingKind.OtherParticipants:
                case HeadingKind.Participants:
                    return State.List;
                case HeadingKind.Contents:
                    return State.Contents;
                case HeadingKind.Summary:
                case HeadingKind.End:
                    return State.Skip;
                case HeadingKind.Presentation:
                case HeadingKind.QuestionsAndAnswers:
                case HeadingKind.Transcript:
                    return ended ? State.Skip : State.Turns;
                default:
                    return state;
            }
        }

        /// <summary>Counts of <c>Name:</c> labels, so that a one-word label ("Rob:") counts as a speaker only when it recurs.</summary>
        protected sealed class ColonLabels
        {
            private readonly Dictionary<string, int> _singleWordCounts = new Dictionary<string, int>(StringComparer.Ordinal);

            private ColonLabels()
            {
            }

            public static ColonLabels Count(SourceText source, CancellationToken cancellationToken)
            {
                var labels = new ColonLabels();
                for (int i = 0; i < source.LineCount; i++)
                {
                    if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
                    if (!SpeakerLabels.TryColonLabel(source.Span(i), out string label, out _)) continue;
                    if (label.IndexOf(' ') >= 0 || !Names.LooksLikeSpeakerLabel(label)) continue;
                    labels._singleWordCounts[label] = labels._singleWordCounts.TryGetValue(label, out int count) ? count + 1 : 1;
                }
                return labels;
            }

            /// <summary>A <c>Name: text</c> or <c>Name (Title): text</c> line whose label names a speaker.</summary>
            public bool TryStart(TextSpan content, out TurnStart start)
            {
                start = default;
                if (!SpeakerLabels.TryColonLabel(content, out string label, out int textStart)) return false;
                if (!SpeakerLabels.TryParse(label, loneIsTitle: false, out var parsed)) return false;
                if (parsed.Name.IndexOf(' ') < 0 && !Names.IsOperatorLabel(parsed.Name) && !Names.IsAnonymousLabel(parsed.Name)
                    && parsed.Company is null && parsed.Title is null
                    && (!_singleWordCounts.TryGetValue(parsed.Name, out int count) || count < 2)) return false;
                start = new TurnStart(parsed, textStart);
                return true;
            }
        }
    }
}
