using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using TypedTranscripts.Layouts;
using TypedTranscripts.Structure;
using TypedTranscripts.Text;

namespace TypedTranscripts.Figures
{
    /// <summary>One turn as the figure extractor sees it.</summary>
    internal readonly struct FigureTurn
    {
        public FigureTurn(Speaker speaker, SectionKind section, TurnText text)
        {
            Speaker = speaker;
            Section = section;
            Text = text;
        }

        public Speaker Speaker { get; }
        public SectionKind Section { get; }
        public TurnText Text { get; }
    }

    /// <summary>What the extractor found.</summary>
    internal sealed class ExtractedFigures
    {
        public List<Figure> Figures { get; } = new List<Figure>();
        public List<Change> Changes { get; } = new List<Change>();
        public List<Guidance> Guidance { get; } = new List<Guidance>();
        public List<UnresolvedStatement> Unresolved { get; } = new List<UnresolvedStatement>();
    }

    /// <summary>The facts a call's figures are resolved against.</summary>
    internal readonly struct CallContext
    {
        public CallContext(FiscalPeriod? period, DateTime? date, string? company)
        {
            Period = period;
            Date = date;
            Company = company;
        }

        public FiscalPeriod? Period { get; }
        public DateTime? Date { get; }
        public string? Company { get; }
    }

    /// <summary>
    /// Finds the figures, changes and guidance of a call in its executives' turns, sentence by sentence. A fact stated
    /// again later in the call is kept once, where it was first stated; later outlook statements only fill in what the
    /// first one left open. Numbers that cannot be resolved become <see cref="ProblemCode.UnresolvedFigure"/> diagnostics.
    /// </summary>
    internal static class FigureExtractor
    {
        private const int MaxSentenceText = 600;

        static FigureExtractor() => Lexicons.Load();

        public static ExtractedFigures Extract(IReadOnlyList<FigureTurn> turns, CallContext call, SourceText source,
            List<TranscriptProblem> problems, CancellationToken cancellationToken)
        {
            var calendar = new FiscalCalendar(call.Period, call.Date);
            var scope = new ScopeTracker(call.Company);
            var executiveTexts = new List<string>(turns.Count);
            foreach (var turn in turns)
            {
                if (turn.Speaker.Role is not (SpeakerRole.Analyst or SpeakerRole.Operator)) executiveTexts.Add(turn.Text.Text);
            }
            scope.SetCallTexts(executiveTexts);
            var reader = new StatementReader(calendar, scope);
            var tokens = new SentenceTokens();
            var drafts = new List<Draft>();
            var read = new List<(Draft Draft, FigureTurn Turn)>();
            var accepted = new List<(Draft Draft, FigureTurn Turn)>();
            var keys = new Dictionary<FactKey, Draft>();
            var result = new ExtractedFigures();
            var speakerBasis = new Dictionary<string, Basis>(StringComparer.Ordinal);
            int sentences = 0;
            foreach (var turn in turns)
            {
                // Analysts' numbers are their estimates and questions, not the company's figures.
                if (turn.Speaker.Role is SpeakerRole.Analyst or SpeakerRole.Operator) continue;
                reader.InAnswers = turn.Section == SectionKind.QuestionsAndAnswers;
                scope.StartTurn(speakerBasis.TryGetValue(turn.Speaker.Name, out var basis) ? basis : Basis.Unspecified);
                string text = turn.Text.Text;
                int i = 0;
                while (i < text.Length)
                {
                    int paragraphEnd = text.IndexOf('\n', i);
                    if (paragraphEnd < 0) paragraphEnd = text.Length;
                    scope.StartParagraph();
                    while (i < paragraphEnd)
                    {
                        if ((++sentences & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                        while (i < paragraphEnd && text[i] == ' ') i++;
                        if (i >= paragraphEnd) break;
                        int end = SentenceTokens.SentenceEnd(text, i, paragraphEnd);
                        if (end <= i) end = paragraphEnd;
                        tokens.Read(text, i, end);
                        drafts.Clear();
                        reader.Read(tokens, drafts);
                        foreach (var draft in drafts) read.Add((draft, turn));
                        i = end;
                    }
                    i = paragraphEnd + 1;
                }
                speakerBasis[turn.Speaker.Name] = scope.TurnBasis;
            }
            // Bare rates of change are read once the whole call has shown which comparison it uses; then the first statement
            // of each fact is kept, in the call's order.
            bool yearOverYear = reader.BareChangesAreYearOverYear;
            foreach (var (draft, turn) in read)
            {
                if (draft.AwaitsComparison && yearOverYear)
                {
                    draft.Versus = draft.Period!.Value.PriorYear();
                    draft.Problem = null;
                }
                if (draft.Problem is not null) Report(draft, turn, source, problems, result);
                else if (Accept(draft, keys)) accepted.Add((draft, turn));
            }
            foreach (var (draft, turn) in accepted) Add(draft, turn, result);
            return result;
        }

        /// <summary>Keeps the first statement of a fact; an outlook restated later fills in the bounds or direction it lacked.</summary>
        private static bool Accept(Draft draft, Dictionary<FactKey, Draft> keys)
        {
            var key = new FactKey(draft);
            if (!keys.TryGetValue(key, out var first))
            {
                keys[key] = draft;
                return true;
            }
            if (draft.Kind == StatementKind.Guidance)
            {
                // The reported outlook replaces an organic one ("organic net sales … from down 1% to up 1% …; reported net sales
                // down 3% to 4%"); an organic outlook said alone stays.
                bool reportedOverOrganic = first.Organic && !draft.Organic && (draft.Low is not null || draft.High is not null);
                if (first.Low is null && first.High is null || reportedOverOrganic)
                {
                    first.Low = draft.Low;
                    first.High = draft.High;
                    first.Organic = draft.Organic;
                    if (reportedOverOrganic) first.Unit = draft.Unit;
                }
                if (first.Direction == Direction.None) first.Direction = draft.Direction;
            }
            return false;
        }

        private static void Report(Draft draft, FigureTurn turn, SourceText source, List<TranscriptProblem> problems, ExtractedFigures result)
        {
            int line = turn.Text.LineAt(draft.Offset);
            string unit = Draft.UnitName(draft.Unit, draft.Currency);
            result.Unresolved.Add(new UnresolvedStatement(draft.Kind, draft.Metric, draft.Segment, draft.Basis, draft.Period, draft.Low, draft.High, unit,
                draft.Problem!, line, SentenceText(turn.Text.Text, draft)));
            string what = draft.Metric is null ? "A number" : "A " + draft.Metric + " " + draft.Kind.ToString().ToLowerInvariant();
            problems.Add(Problems.AtLine(ProblemCode.UnresolvedFigure, source, Math.Max(0, line - 1), Problems.Format(
                "{0} on line {1} could not be resolved ({2}); it is left out of the typed figures and listed as unresolved.", what, line, draft.Problem)));
        }

        private static void Add(Draft d, FigureTurn turn, ExtractedFigures result)
        {
            int line = turn.Text.LineAt(d.Offset);
            string sentence = SentenceText(turn.Text.Text, d);
            string metric = d.Metric!;
            var period = d.Period!.Value;
            switch (d.Kind)
            {
                case StatementKind.Figure:
                    result.Figures.Add(d.Unit switch
                    {
                        QuantityUnit.Usd => new Figure<Money>(metric, d.Segment, d.Basis, period, new Money(d.Low!.Value, d.Currency), d.Qualifier, line, sentence),
                        QuantityUnit.UsdPerShare => new Figure<PerShare>(metric, d.Segment, d.Basis, period, new PerShare(d.Low!.Value, d.Currency), d.Qualifier, line, sentence),
                        QuantityUnit.Percent => new Figure<Percentage>(metric, d.Segment, d.Basis, period, new Percentage(d.Low!.Value), d.Qualifier, line, sentence),
                        QuantityUnit.Points => new Figure<PercentagePoints>(metric, d.Segment, d.Basis, period, new PercentagePoints(d.Low!.Value), d.Qualifier, line, sentence),
                        QuantityUnit.Ratio => new Figure<Ratio>(metric, d.Segment, d.Basis, period, new Ratio(d.Low!.Value), d.Qualifier, line, sentence),
                        _ => (Figure)new Figure<Count>(metric, d.Segment, d.Basis, period, new Count(d.Low!.Value, CountUnitOf(d.Unit)), d.Qualifier, line, sentence),
                    });
                    break;
                case StatementKind.Change:
                    var versus = d.Versus!.Value;
                    result.Changes.Add(d.Unit switch
                    {
                        QuantityUnit.Usd => new Change<Money>(metric, d.Segment, d.Basis, period, versus, new Money(d.Low!.Value, d.Currency), d.Qualifier, line, sentence),
                        QuantityUnit.UsdPerShare => new Change<PerShare>(metric, d.Segment, d.Basis, period, versus, new PerShare(d.Low!.Value, d.Currency), d.Qualifier, line, sentence),
                        QuantityUnit.Percent => new Change<Percentage>(metric, d.Segment, d.Basis, period, versus, new Percentage(d.Low!.Value), d.Qualifier, line, sentence),
                        QuantityUnit.Points => new Change<PercentagePoints>(metric, d.Segment, d.Basis, period, versus, new PercentagePoints(d.Low!.Value), d.Qualifier, line, sentence),
                        QuantityUnit.Ratio => new Change<Ratio>(metric, d.Segment, d.Basis, period, versus, new Ratio(d.Low!.Value), d.Qualifier, line, sentence),
                        _ => (Change)new Change<Count>(metric, d.Segment, d.Basis, period, versus, new Count(d.Low!.Value, CountUnitOf(d.Unit)), d.Qualifier, line, sentence),
                    });
                    break;
                default:
                    string unit = Draft.UnitName(d.Unit, d.Currency);
                    result.Guidance.Add(d.Unit switch
                    {
                        QuantityUnit.Usd => new Guidance<Money>(metric, d.Segment, d.Basis, period, Money(d.Low, d.Currency), Money(d.High, d.Currency), d.Direction, unit, d.Qualifier, line, sentence),
                        QuantityUnit.UsdPerShare => new Guidance<PerShare>(metric, d.Segment, d.Basis, period, PerShare(d.Low, d.Currency), PerShare(d.High, d.Currency), d.Direction, unit, d.Qualifier, line, sentence),
                        QuantityUnit.Percent => new Guidance<Percentage>(metric, d.Segment, d.Basis, period, d.Low is { } pl ? new Percentage(pl) : null, d.High is { } ph ? new Percentage(ph) : null, d.Direction, unit, d.Qualifier, line, sentence),
                        QuantityUnit.Points => new Guidance<PercentagePoints>(metric, d.Segment, d.Basis, period, d.Low is { } ql ? new PercentagePoints(ql) : null, d.High is { } qh ? new PercentagePoints(qh) : null, d.Direction, unit, d.Qualifier, line, sentence),
                        QuantityUnit.Ratio => new Guidance<Ratio>(metric, d.Segment, d.Basis, period, d.Low is { } rl ? new Ratio(rl) : null, d.High is { } rh ? new Ratio(rh) : null, d.Direction, unit, d.Qualifier, line, sentence),
                        _ => (Guidance)new Guidance<Count>(metric, d.Segment, d.Basis, period, d.Low is { } cl ? new Count(cl, CountUnitOf(d.Unit)) : null, d.High is { } ch ? new Count(ch, CountUnitOf(d.Unit)) : null, d.Direction, unit, d.Qualifier, line, sentence),
                    });
                    break;
            }
        }

        private static Money? Money(decimal? value, string currency) => value is { } v ? new Money(v, currency) : null;

        private static PerShare? PerShare(decimal? value, string currency) => value is { } v ? new PerShare(v, currency) : null;

        private static CountUnit CountUnitOf(QuantityUnit unit) => unit switch
        {
            QuantityUnit.Shares => CountUnit.Shares,
            QuantityUnit.Days => CountUnit.Days,
            _ => CountUnit.Items,
        };

        /// <summary>The sentence, or for a very long one the part around the number, on one line.</summary>
        private static string SentenceText(string text, Draft d)
        {
            int start = d.SentenceStart, end = Math.Min(d.SentenceEnd, text.Length);
            if (end - start > MaxSentenceText)
            {
                start = Math.Max(start, d.Offset - MaxSentenceText / 2);
                end = Math.Min(end, start + MaxSentenceText);
                while (start > d.SentenceStart && text[start - 1] != ' ') start--;
                while (end < d.SentenceEnd && end < text.Length && text[end] != ' ') end++;
            }
            return text.Substring(start, end - start).Trim().Replace('\n', ' ');
        }
    }

    /// <summary>Runs the type initialisers that register words, so every lookup sees the finished vocabulary.</summary>
    internal static class Lexicons
    {
        public static void Load()
        {
            RuntimeHelpers.RunClassConstructor(typeof(Cues).TypeHandle);
            RuntimeHelpers.RunClassConstructor(typeof(PeriodResolver).TypeHandle);
            RuntimeHelpers.RunClassConstructor(typeof(MetricLexicon).TypeHandle);
            RuntimeHelpers.RunClassConstructor(typeof(ScopeTracker).TypeHandle);
            RuntimeHelpers.RunClassConstructor(typeof(StatementReader).TypeHandle);
        }
    }

    /// <summary>What makes two statements the same fact: an outlook is one per metric, segment and period; a figure or change also by its value.</summary>
    internal readonly struct FactKey : IEquatable<FactKey>
    {
        private readonly Draft _draft;

        public FactKey(Draft draft) => _draft = draft;

        public bool Equals(FactKey other)
        {
            Draft a = _draft, b = other._draft;
            if (a.Kind != b.Kind || a.Metric != b.Metric || !string.Equals(a.Segment, b.Segment, StringComparison.OrdinalIgnoreCase)
                || !Nullable.Equals(a.Period, b.Period)) return false;
            if (a.Kind == StatementKind.Guidance) return true;
            return a.Low == b.Low && a.Unit == b.Unit && (a.Kind != StatementKind.Change || Nullable.Equals(a.Versus, b.Versus));
        }

        public override bool Equals(object? obj) => obj is FactKey other && Equals(other);

        public override int GetHashCode()
        {
            var d = _draft;
            int hash = Equality.Combine((int)d.Kind, Equality.Hash(d.Metric), d.Segment is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(d.Segment), d.Period.GetHashCode());
            return d.Kind == StatementKind.Guidance ? hash : Equality.Combine(hash, d.Low.GetHashCode(), (int)d.Unit);
        }
    }
}
