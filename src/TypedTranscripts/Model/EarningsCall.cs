using System;
using System.Collections.Generic;
using TypedTranscripts.Structure;

namespace TypedTranscripts
{
    /// <summary>One earnings call: who spoke, what was said, and the numbers stated.</summary>
    public sealed class EarningsCall : IEquatable<EarningsCall>
    {
        private IReadOnlyList<Turn>? _turns;
        private IReadOnlyList<Exchange>? _exchanges;

        /// <summary>Creates a call. Parsers and generated code call this; users usually get a call from
        /// <see cref="Parse(string, string, TranscriptParseOptions?)"/> or from generated code.</summary>
        public EarningsCall(
            string? company,
            string? ticker,
            FiscalPeriod? fiscalPeriod,
            DateTime? date,
            string? time,
            string? title,
            TranscriptLayout layout,
            string sourcePath,
            IReadOnlyList<Speaker> speakers,
            IReadOnlyList<Section> sections,
            IReadOnlyList<Figure> figures,
            IReadOnlyList<Change> changes,
            IReadOnlyList<Guidance> guidance)
        {
            Company = company;
            Ticker = ticker;
            FiscalPeriod = fiscalPeriod;
            Date = date;
            Time = time;
            Title = title;
            Layout = layout;
            SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
            Speakers = speakers ?? throw new ArgumentNullException(nameof(speakers));
            Sections = sections ?? throw new ArgumentNullException(nameof(sections));
            Figures = figures ?? throw new ArgumentNullException(nameof(figures));
            Changes = changes ?? throw new ArgumentNullException(nameof(changes));
            Guidance = guidance ?? throw new ArgumentNullException(nameof(guidance));
        }

        /// <summary>The company holding the call.</summary>
        public string? Company { get; }

        /// <summary>The company's ticker symbol.</summary>
        public string? Ticker { get; }

        /// <summary>The fiscal period the call reports on.</summary>
        public FiscalPeriod? FiscalPeriod { get; }

        /// <summary>The date of the call (date part only).</summary>
        public DateTime? Date { get; }

        /// <summary>The time of the call as the transcript states it, e.g. <c>8:45PM</c> or <c>5:30 PM ET</c>.</summary>
        public string? Time { get; }

        /// <summary>The event title, e.g. <c>Q3 2009 Juniper Networks Earnings Conference Call</c>.</summary>
        public string? Title { get; }

        /// <summary>The layout the transcript was read as.</summary>
        public TranscriptLayout Layout { get; }

        /// <summary>The transcript's path as given to the parser (project-relative in generated code).</summary>
        public string SourcePath { get; }

        /// <summary>Everyone who speaks or is listed, in order of first appearance.</summary>
        public IReadOnlyList<Speaker> Speakers { get; }

        /// <summary>The sections in order.</summary>
        public IReadOnlyList<Section> Sections { get; }

        /// <summary>Reported figures.</summary>
        public IReadOnlyList<Figure> Figures { get; }

        /// <summary>Stated changes.</summary>
        public IReadOnlyList<Change> Changes { get; }

        /// <summary>Forward-looking guidance.</summary>
        public IReadOnlyList<Guidance> Guidance { get; }

        /// <summary>Every turn, in order.</summary>
        public IReadOnlyList<Turn> Turns => _turns ??= CollectTurns(Sections);

        /// <summary>The prepared remarks, or null when the transcript has none.</summary>
        public Section? Presentation => FindSection(SectionKind.Presentation);

        /// <summary>The question-and-answer session, or null when the transcript has none.</summary>
        public Section? QuestionsAndAnswers => FindSection(SectionKind.QuestionsAndAnswers);

        /// <summary>The question-and-answer exchanges: each analyst's question with the answers that follow.</summary>
        public IReadOnlyList<Exchange> Exchanges => _exchanges ??= ExchangeBuilder.Build(QuestionsAndAnswers?.Turns ?? Array.Empty<Turn>());

        /// <summary>The figures stated for one fiscal period (the call's own, a prior quarter, a prior year).</summary>
        public IEnumerable<Figure> FiguresFor(FiscalPeriod period) => For(Figures, period);

        /// <summary>The changes stated for one fiscal period.</summary>
        public IEnumerable<Change> ChangesFor(FiscalPeriod period) => For(Changes, period);

        /// <summary>The guidance given for one fiscal period.</summary>
        public IEnumerable<Guidance> GuidanceFor(FiscalPeriod period) => For(Guidance, period);

        private static IEnumerable<T> For<T>(IReadOnlyList<T> statements, FiscalPeriod period) where T : Statement
        {
            foreach (var statement in statements)
            {
                if (statement.Period == period) yield return statement;
            }
        }

        /// <summary>The speakers with the given role.</summary>
        public IEnumerable<Speaker> SpeakersWithRole(SpeakerRole role)
        {
            foreach (var speaker in Speakers)
            {
                if (speaker.Role == role) yield return speaker;
            }
        }

        /// <summary>How many turns a speaker has.</summary>
        public int TurnCount(Speaker speaker)
        {
            int count = 0;
            foreach (var turn in Turns)
            {
                if (turn.Speaker.Equals(speaker)) count++;
            }
            return count;
        }

        /// <summary>Parses a transcript's text. Never throws on bad input: problems are in the result.</summary>
        /// <param name="text">The transcript.</param>
        /// <param name="path">The file's path or name; used in problems and as a last source of call metadata.</param>
        /// <param name="options">Forced layout, metadata overrides, limits.</param>
        public static TranscriptParseResult Parse(string text, string path, TranscriptParseOptions? options = null) =>
            TranscriptParser.Parse(text, path, options ?? TranscriptParseOptions.Default, default);

        /// <summary>Parses a transcript's bytes (UTF-8, UTF-16 with BOM, or Windows-1252).</summary>
        public static TranscriptParseResult Parse(byte[] bytes, string path, TranscriptParseOptions? options = null) =>
            TranscriptParser.Parse(Text.TextDecoder.Decode(bytes), path, options ?? TranscriptParseOptions.Default, default);

        /// <summary>Reads and parses a transcript file.</summary>
        public static TranscriptParseResult Load(string path, TranscriptParseOptions? options = null) =>
            Parse(System.IO.File.ReadAllBytes(path), path, options);

        private Section? FindSection(SectionKind kind)
        {
            foreach (var section in Sections)
            {
                if (section.Kind == kind) return section;
            }
            return null;
        }

        private static IReadOnlyList<Turn> CollectTurns(IReadOnlyList<Section> sections)
        {
            var turns = new List<Turn>();
            foreach (var section in sections) turns.AddRange(section.Turns);
            return turns;
        }

        /// <inheritdoc />
        public bool Equals(EarningsCall? other) => other is not null
            && Company == other.Company && Ticker == other.Ticker && Nullable.Equals(FiscalPeriod, other.FiscalPeriod)
            && Nullable.Equals(Date, other.Date) && Time == other.Time && Title == other.Title && Layout == other.Layout
            && SourcePath == other.SourcePath
            && Equality.ListEquals(Speakers, other.Speakers) && Equality.ListEquals(Sections, other.Sections)
            && Equality.ListEquals(Figures, other.Figures) && Equality.ListEquals(Changes, other.Changes)
            && Equality.ListEquals(Guidance, other.Guidance);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as EarningsCall);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Equality.Hash(Company), Equality.Hash(Ticker),
            FiscalPeriod.GetHashCode(), Equality.Combine(Equality.ListHash(Speakers), Equality.ListHash(Sections)));

        /// <summary>e.g. <c>Juniper Networks (JNPR) Q3 2009</c>.</summary>
        public override string ToString() => (Company ?? "Unknown company") + (Ticker is null ? "" : " (" + Ticker + ")")
            + (FiscalPeriod is { } period ? " " + period : "");
    }
}
