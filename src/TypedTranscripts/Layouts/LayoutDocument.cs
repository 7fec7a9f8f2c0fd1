using System;
using System.Collections.Generic;
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
    /// <remarks>
    /// Pieces are kept as ranges of their source, not copied: <see cref="Build"/> writes the text once, at its final
    /// length, so a turn costs its text and a small record per line rather than a growing buffer as well.
    /// </remarks>
    internal sealed class TurnTextBuilder
    {
        private Piece[] _pieces = Array.Empty<Piece>();
        private int _count;
        private int _length;
        private bool _breakPending;

        public bool IsEmpty => _length == 0;

        /// <summary>Appends a line's content (already trimmed) from 1-based <paramref name="line"/>.</summary>
        public void AppendLine(TextSpan content, int line) => Append(content.Source, content.Start, content.Length, line);

        public void Append(string source, int start, int length, int line)
        {
            if (length == 0) return;
            char separator = NoSeparator;
            if (_length > 0)
            {
                if (_breakPending) separator = '\n';
                else if (!JoinsWithoutSpace(source[start])) separator = ' ';
            }
            _breakPending = false;
            if (separator != NoSeparator) _length++;
            if (_count == _pieces.Length) Array.Resize(ref _pieces, Math.Max(8, _count * 2));
            _pieces[_count++] = new Piece(source, start, length, line, separator);
            _length += length;
        }

        // "long-" + "term" is one word broken at the wrap.
        private bool JoinsWithoutSpace(char next)
        {
            return _length >= 2 && CharFromEnd(0) == '-' && char.IsLetter(CharFromEnd(1)) && char.IsLower(next);
        }

        /// <summary>The next text starts a new paragraph.</summary>
        public void BreakParagraph()
        {
            if (_length > 0) _breakPending = true;
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
                // The last character but trailing spaces, read back through the pieces.
                for (int i = _count - 1; i >= 0; i--)
                {
                    var piece = _pieces[i];
                    for (int j = piece.Start + piece.Length - 1; j >= piece.Start; j--)
                    {
                        if (piece.Source[j] != ' ') return EndsSentenceWith(piece.Source[j]);
                    }
                    if (piece.Separator != NoSeparator && piece.Separator != ' ') return EndsSentenceWith(piece.Separator);
                }
                return true;
            }
        }

        private static bool EndsSentenceWith(char c) =>
            c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201D' || c == ')' || c == ']' || c == ':' || c == '\u2026';

        /// <summary>The character <paramref name="back"/> places before the end of the text so far (0 is the last); the text is not empty.</summary>
        private char CharFromEnd(int back)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                var piece = _pieces[i];
                if (back < piece.Length) return piece.Source[piece.Start + piece.Length - 1 - back];
                back -= piece.Length;
                if (piece.Separator != NoSeparator)
                {
                    if (back == 0) return piece.Separator;
                    back--;
                }
            }
            throw new ArgumentOutOfRangeException(nameof(back));
        }

        /// <summary>
        /// The joined text. <paramref name="scratch"/> is a buffer the caller lends to every turn of a call, so that
        /// building all turns costs their texts and one buffer the size of the longest, not a buffer per turn.
        /// </summary>
        public TurnText Build(ref char[]? scratch)
        {
            if (scratch is null || scratch.Length < _length) scratch = new char[Math.Max(_length, (scratch?.Length ?? 0) * 2)];
            var offsets = new int[_count];
            var lines = new int[_count];
            int offset = 0;
            for (int i = 0; i < _count; i++)
            {
                var piece = _pieces[i];
                if (piece.Separator != NoSeparator) scratch[offset++] = piece.Separator;
                piece.Source.CopyTo(piece.Start, scratch, offset, piece.Length);
                offsets[i] = offset;
                lines[i] = piece.Line;
                offset += piece.Length;
            }
            return new TurnText(_length == 0 ? "" : new string(scratch, 0, _length), offsets, lines);
        }

        private const char NoSeparator = '\0';

        /// <summary>A range of source text and the separator written before it.</summary>
        private readonly struct Piece
        {
            public Piece(string source, int start, int length, int line, char separator)
            {
                Source = source;
                Start = start;
                Length = length;
                Line = line;
                Separator = separator;
            }

            public string Source { get; }
            public int Start { get; }
            public int Length { get; }
            public int Line { get; }
            public char Separator { get; }
        }
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
