using System;
using System.Collections.Generic;
using System.Text;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>What a layout reads from the lines: stated call facts, listed participants and raw speaker turns.</summary>
    internal sealed class LayoutDocument
    {
        public LayoutDocument(TranscriptLayout layout) => Layout = layout;

        public TranscriptLayout Layout { get; }

        public CallFacts Facts { get; } = new CallFacts();

        /// <summary>People from participant lists, in listed order.</summary>
        public List<Participant> Participants { get; } = new List<Participant>();

        /// <summary>True when the text had participant lists, so an unlisted speaker is worth a warning.</summary>
        public bool HasParticipantLists { get; set; }

        public List<RawTurn> Turns { get; } = new List<RawTurn>();

        /// <summary>True when the text marks where the sections begin; otherwise the structure stage infers Q&amp;A.</summary>
        public bool HasSectionMarkers { get; set; }

        /// <summary>The 1-based line of each section's heading, where the text has one.</summary>
        public Dictionary<SectionKind, int> SectionHeadings { get; } = new Dictionary<SectionKind, int>();

        /// <summary>Problems the layout found (besides those the parser finds later).</summary>
        public List<TranscriptProblem> Problems { get; } = new List<TranscriptProblem>();

        private readonly Dictionary<string, Participant> _byFirstLast = new Dictionary<string, Participant>(StringComparer.Ordinal);
        private int _indexed;

        /// <summary>
        /// The first listed participant whose name agrees with <paramref name="name"/> on first and last name
        /// (<see cref="Names.MatchStrength(string, string)"/> of 2 or more), by index rather than by scanning the list.
        /// </summary>
        public Participant? FindParticipant(string name)
        {
            for (; _indexed < Participants.Count; _indexed++)
            {
                var participant = Participants[_indexed];
                string key = Names.FirstLastKey(participant.Name);
                if (key.Length > 0 && !_byFirstLast.ContainsKey(key)) _byFirstLast[key] = participant;
            }
            return _byFirstLast.TryGetValue(Names.FirstLastKey(name), out var found) ? found : null;
        }

        /// <summary>True when the text could not be read at all (malformed data without a usable turn): no call is built.</summary>
        public bool Unreadable { get; set; }

        /// <summary>
        /// Adds a participant-list entry. The company's list holds executives, the other list analysts; a single list
        /// tells them apart by title or firm (<c>-- Analyst</c>, or a firm without a title).
        /// </summary>
        public void AddParticipant(SpeakerLabel label, HeadingKind list, int line)
        {
            SpeakerRole role = list switch
            {
                HeadingKind.CompanyParticipants => SpeakerRole.Executive,
                HeadingKind.OtherParticipants => SpeakerRole.Analyst,
                _ => SpeakerLabels.IsAnalystTitle(label.Title) || (label.Company is not null && label.Title is null) ? SpeakerRole.Analyst : SpeakerRole.Executive,
            };
            HasParticipantLists = true;
            // The operator is found by their label; listing them would make a second operator.
            if (Names.IsOperatorLabel(label.Name)) return;
            Participants.Add(new Participant(label.Name, label.Company, label.Title, role, line));
        }
    }

    /// <summary>A fact stated in the text, with the 0-based line it came from.</summary>
    internal readonly struct Fact<T>
    {
        public Fact(T value, int line)
        {
            Value = value;
            Line = line;
        }

        public T Value { get; }

        public int Line { get; }
    }

    /// <summary>Call metadata as the text states it. Unset facts are null.</summary>
    internal sealed class CallFacts
    {
        public Fact<string>? Company { get; set; }
        public Fact<string>? Ticker { get; set; }
        public Fact<FiscalPeriod>? Period { get; set; }
        public Fact<DateTime>? Date { get; set; }
        public Fact<string>? Time { get; set; }
        public Fact<string>? Title { get; set; }

        /// <summary>Sets what is still unset from a title like <c>Q3 2009 Juniper Networks Earnings Conference Call</c>.</summary>
        public void FromTitle(string title, int line)
        {
            Title ??= new Fact<string>(title, line);
            // A running header repeats the title on every page; once all is known, reading it again changes nothing.
            if (Period is not null && Company is not null && Ticker is not null) return;
            var parts = Titles.Parse(title);
            if (parts.Period is { } period) Period ??= new Fact<FiscalPeriod>(period, line);
            if (parts.Company is { } company) Company ??= new Fact<string>(company, line);
            if (parts.Ticker is { } ticker) Ticker ??= new Fact<string>(ticker, line);
        }
    }

    /// <summary>A person from a participant list.</summary>
    internal sealed class Participant
    {
        public Participant(string name, string? company, string? title, SpeakerRole role, int line)
        {
            Name = name;
            Company = company;
            Title = title;
            Role = role;
            Line = line;
        }

        public string Name { get; }
        public string? Company { get; }
        public string? Title { get; set; }
        public SpeakerRole Role { get; }
        public int Line { get; }
    }

    /// <summary>A turn as the layout found it: the speaker as labelled, and the text with its source lines.</summary>
    internal sealed class RawTurn
    {
        public RawTurn(string name, string? company, string? title, SectionKind section, int line, TextLocation header)
        {
            Name = name;
            Company = company;
            Title = title;
            Section = section;
            Line = line;
            Header = header;
        }

        public string Name { get; }
        public string? Company { get; }
        public string? Title { get; set; }

        /// <summary>A role the layout knows for sure (the operator's label, a Q&amp;A asker marker).</summary>
        public SpeakerRole? RoleHint { get; set; }

        public SectionKind Section { get; set; }

        /// <summary>1-based line of the speaker label (or of the first text line when there is no label).</summary>
        public int Line { get; }

        /// <summary>Where the speaker label is, for diagnostics.</summary>
        public TextLocation Header { get; }

        public TurnTextBuilder Body { get; } = new TurnTextBuilder();
    }

    /// <summary>
    /// Joins a turn's lines into paragraphs: wrapped lines join with a space (or nothing after a broken hyphen),
    /// blank lines separate paragraphs, and a page break inside a sentence does not. Records the source line of
    /// every piece so a figure can name the line it was stated on.
    /// </summary>
    internal sealed class TurnTextBuilder
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly List<int> _offsets = new List<int>();
        private readonly List<int> _lines = new List<int>();
        private bool _breakPending;

        public bool IsEmpty => _text.Length == 0;

        /// <summary>Appends a line's content (already trimmed) from 1-based <paramref name="line"/>.</summary>
        public void AppendLine(TextSpan content, int line) => Append(content.Source, content.Start, content.Length, line);

        public void Append(string source, int start, int length, int line)
        {
            if (length == 0) return;
            if (_text.Length > 0)
            {
                if (_breakPending) _text.Append('\n');
                else if (!JoinsWithoutSpace(source[start])) _text.Append(' ');
            }
            _breakPending = false;
            _offsets.Add(_text.Length);
            _lines.Add(line);
            _text.Append(source, start, length);
        }

        // "long-" + "term" is one word broken at the wrap.
        private bool JoinsWithoutSpace(char next)
        {
            int n = _text.Length;
            return n >= 2 && _text[n - 1] == '-' && char.IsLetter(_text[n - 2]) && char.IsLower(next);
        }

        /// <summary>The next text starts a new paragraph.</summary>
        public void BreakParagraph()
        {
            if (_text.Length > 0) _breakPending = true;
        }

        /// <summary>After a page break: a sentence that did not end before it continues after it.</summary>
        public void JoinAcrossPageBreak()
        {
            if (!EndsSentence) _breakPending = false;
        }

        public bool EndsSentence
        {
            get
            {
                int i = _text.Length - 1;
                while (i >= 0 && _text[i] == ' ') i--;
                if (i < 0) return true;
                char c = _text[i];
                return c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201D' || c == ')' || c == ']' || c == ':' || c == '\u2026';
            }
        }

        public TurnText Build() => new TurnText(_text.ToString(), _offsets.ToArray(), _lines.ToArray());
    }

    /// <summary>A turn's joined text and the source line of each piece.</summary>
    internal sealed class TurnText
    {
        private readonly int[] _offsets;
        private readonly int[] _lines;

        public TurnText(string text, int[] offsets, int[] lines)
        {
            Text = text;
            _offsets = offsets;
            _lines = lines;
        }

        public string Text { get; }

        /// <summary>The 1-based source line of the character at <paramref name="offset"/>.</summary>
        public int LineAt(int offset)
        {
            if (_lines.Length == 0) return 0;
            int index = Array.BinarySearch(_offsets, offset);
            if (index < 0) index = Math.Max(0, ~index - 1);
            return _lines[index];
        }
    }
}
