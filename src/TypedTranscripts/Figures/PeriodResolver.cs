using System;
using System.Collections.Generic;

namespace TypedTranscripts.Figures
{
    internal enum PeriodKind : byte
    {
        /// <summary>A period resolved to an absolute fiscal period: <c>the second quarter</c>, <c>Q4</c>, <c>FY19</c>, <c>the December quarter</c>.</summary>
        Explicit,
        /// <summary><c>the quarter</c>, <c>this quarter</c>: the period the sentence is about (the call's, or the guided one).</summary>
        Focus,
        /// <summary><c>sequentially</c>, <c>quarter-on-quarter</c>: against the quarter before.</summary>
        Sequential,
        /// <summary><c>year-over-year</c>, <c>the prior year</c>, <c>a year ago</c>: against the same period a year before.</summary>
        YearAgo,
        /// <summary>A span the model has no period for: <c>year-to-date</c>, <c>the first half</c>.</summary>
        Unresolvable,
    }

    /// <summary>A period phrase in a sentence, by token range.</summary>
    internal struct PeriodMention
    {
        public int First;
        public int Last;
        public PeriodKind Kind;
        public FiscalPeriod Period;
        /// <summary>Said as the thing compared against (<c>from the second quarter</c>, <c>compared to Q3</c>).</summary>
        public bool Comparison;
        /// <summary>A comparison by its own words (<c>sequentially</c>, <c>year-over-year</c>), never the period a number is for.</summary>
        public bool Intrinsic;
        /// <summary>Not said in the sentence or paragraph: the comparison the call said its rates use (<c>growth rates are year over year</c>).</summary>
        public bool CallDefault;
    }

    /// <summary>The call's own calendar: its fiscal period and the month its fiscal quarter ended, for relative phrases.</summary>
    internal sealed class FiscalCalendar
    {
        public FiscalCalendar(FiscalPeriod? callPeriod, DateTime? callDate)
        {
            Call = callPeriod is { Kind: FiscalPeriodKind.Quarter } or { Kind: FiscalPeriodKind.FiscalYear } ? callPeriod : null;
            QuarterEndMonth = QuarterEndBefore(callDate, Call);
        }

        /// <summary>The call's period (a quarter, or a fiscal year for annual calls), or null when unknown.</summary>
        public FiscalPeriod? Call { get; }

        /// <summary>1–12: the calendar month the call's quarter ended in; 0 when unknown.</summary>
        public int QuarterEndMonth { get; }

        /// <summary>The call's quarter; a year-end call counts as its fourth quarter.</summary>
        public FiscalPeriod? Quarter => Call is { } call ? (call.Kind == FiscalPeriodKind.Quarter ? call : FiscalPeriod.OfQuarter(call.Year, 4)) : null;

        public FiscalPeriod? Year => Call is { } call ? FiscalPeriod.OfYear(call.Year) : null;

        /// <summary>True for a period after the call's quarter: a later quarter, a fiscal year not yet over, the long term.</summary>
        public bool IsFuture(FiscalPeriod period)
        {
            if (period.Kind == FiscalPeriodKind.LongTerm) return true;
            if (Quarter is not { } q) return false;
            if (period.Kind == FiscalPeriodKind.Quarter) return period.CompareTo(q) > 0;
            return period.Year > q.Year || (period.Year == q.Year && q.Quarter < 4);
        }

        /// <summary>A calendar month's quarter, counted from the call's quarter-end month: the nearest such quarter.</summary>
        public FiscalPeriod? QuarterOfMonth(int month, bool forward)
        {
            if (Quarter is not { } q) return null;
            int endMonth = QuarterEndMonth == 0 ? q.Quarter * 3 : QuarterEndMonth;
            int delta = ((month - endMonth) % 12 + 12) % 12;
            if (delta % 3 != 0) return null;
            return (delta / 3) switch
            {
                0 => q,
                1 => q.NextQuarter(),
                2 => forward ? q.NextQuarter().NextQuarter() : q.PreviousQuarter().PreviousQuarter(),
                _ => q.PreviousQuarter(),
            };
        }

        /// <summary>"the third quarter" without a year: the call's year, unless that reads backwards from the call (or forwards in an outlook).</summary>
        public FiscalPeriod? QuarterOfNumber(int quarter, bool forward)
        {
            if (Quarter is not { } q) return null;
            if (quarter > q.Quarter) return forward || quarter - q.Quarter <= 1 ? FiscalPeriod.OfQuarter(q.Year, quarter) : FiscalPeriod.OfQuarter(q.Year - 1, quarter);
            if (quarter < q.Quarter && forward) return FiscalPeriod.OfQuarter(q.Year + 1, quarter);
            return FiscalPeriod.OfQuarter(q.Year, quarter);
        }

        // Calls come a few weeks after the quarter closes: the last month end at least ten days before the call.
        private static int QuarterEndBefore(DateTime? date, FiscalPeriod? call)
        {
            if (date is not { } d) return 0;
            var lastEnd = new DateTime(d.Year, d.Month, 1).AddDays(-1);
            if ((d - lastEnd).TotalDays < 10) lastEnd = new DateTime(lastEnd.Year, lastEnd.Month, 1).AddDays(-1);
            return lastEnd.Month;
        }
    }

    /// <summary>Finds period phrases in a sentence and resolves them against the call's own period.</summary>
    internal static class PeriodResolver
    {
        private static readonly int Quarter = Vocabulary.Add("quarter", WordClass.PeriodWord);
        private static readonly int Year = Vocabulary.Add("year", WordClass.PeriodWord);
        private static readonly int Fiscal = Vocabulary.Add("fiscal", WordClass.PeriodWord);
        private static readonly int Full = Vocabulary.Add("full", WordClass.PeriodWord);
        private static readonly int Prior = Vocabulary.Add("prior", WordClass.PeriodWord);
        private static readonly int Previous = Vocabulary.Add("previous", WordClass.PeriodWord);
        private static readonly int Last = Vocabulary.Add("last", WordClass.PeriodWord);
        private static readonly int Next = Vocabulary.Add("next", WordClass.PeriodWord);
        private static readonly int Years = Vocabulary.Add("years");
        private static readonly int Few = Vocabulary.Add("few");
        private static readonly int Several = Vocabulary.Add("several");
        private static readonly int Couple = Vocabulary.Add("couple");
        private static readonly int This = Vocabulary.Add("this", WordClass.PeriodWord);
        private static readonly int Current = Vocabulary.Add("current", WordClass.PeriodWord);
        private static readonly int Same = Vocabulary.Add("same", WordClass.PeriodWord);
        private static readonly int Coming = Vocabulary.Add("coming", WordClass.PeriodWord);
        private static readonly int Upcoming = Vocabulary.Add("upcoming", WordClass.PeriodWord);
        private static readonly int Following = Vocabulary.Add("following", WordClass.PeriodWord);
        private static readonly int Preceding = Vocabulary.Add("preceding", WordClass.PeriodWord);
        private static readonly int Ago = Vocabulary.Add("ago", WordClass.PeriodWord);
        private static readonly int The = Vocabulary.Add("the", WordClass.Stop | WordClass.Filler);
        private static readonly int A = Vocabulary.Add("a", WordClass.Stop | WordClass.Filler);
        private static readonly int Of = Vocabulary.Add("of", WordClass.Stop | WordClass.Level);
        private static readonly int Our = Vocabulary.Add("our", WordClass.Stop);
        private static readonly int In = Vocabulary.Add("in", WordClass.Stop);
        private static readonly int For = Vocabulary.Add("for", WordClass.Stop);
        private static readonly int On = Vocabulary.Add("on", WordClass.Stop);
        private static readonly int Over = Vocabulary.Add("over", WordClass.Stop | WordClass.Comparison | WordClass.Qualifier);
        private static readonly int Sequentially = Vocabulary.Add("sequentially", WordClass.PeriodWord | WordClass.Stop);
        private static readonly int Sequential = Vocabulary.Add("sequential", WordClass.PeriodWord | WordClass.Stop);
        private static readonly int Basis = Vocabulary.Add("basis", WordClass.Stop);
        private static readonly int Period = Vocabulary.Add("period", WordClass.PeriodWord | WordClass.Stop);
        private static readonly int Time = Vocabulary.Add("time");
        private static readonly int End = Vocabulary.Add("end", WordClass.PeriodWord);
        private static readonly int Half = Vocabulary.Add("half", WordClass.PeriodWord);
        private static readonly int Date = Vocabulary.Add("date", WordClass.PeriodWord);
        private static readonly int To = Vocabulary.Add("to", WordClass.Stop);
        private static readonly int Ytd = Vocabulary.Add("ytd", WordClass.PeriodWord | WordClass.Stop);
        private static readonly int H1 = Vocabulary.Add("h1", WordClass.PeriodWord | WordClass.Stop);
        private static readonly int H2 = Vocabulary.Add("h2", WordClass.PeriodWord | WordClass.Stop);
        private static readonly int Long = Vocabulary.Add("long", WordClass.PeriodWord);
        private static readonly int Longer = Vocabulary.Add("longer", WordClass.PeriodWord);
        private static readonly int Term = Vocabulary.Add("term");
        private static readonly int Today = Vocabulary.Add("today", WordClass.PeriodWord | WordClass.Stop);
        private static readonly int Nine = Vocabulary.Add("nine", WordClass.NumberWord | WordClass.PeriodWord);
        private static readonly int Six = Vocabulary.Add("six", WordClass.NumberWord | WordClass.PeriodWord);
        private static readonly int Months = Vocabulary.Add("months", WordClass.PeriodWord);
        private static readonly int Qoq = Vocabulary.Add("qoq", WordClass.PeriodWord | WordClass.Stop);
        private static readonly int Yoy = Vocabulary.Add("yoy", WordClass.PeriodWord | WordClass.Stop);

        private static readonly int[] Ordinals =
        {
            Vocabulary.Add("first", WordClass.Stop | WordClass.PeriodWord), Vocabulary.Add("second", WordClass.Stop | WordClass.PeriodWord),
            Vocabulary.Add("third", WordClass.Stop | WordClass.PeriodWord), Vocabulary.Add("fourth", WordClass.Stop | WordClass.PeriodWord),
            Vocabulary.Add("1st", WordClass.Stop | WordClass.PeriodWord), Vocabulary.Add("2nd", WordClass.Stop | WordClass.PeriodWord),
            Vocabulary.Add("3rd", WordClass.Stop | WordClass.PeriodWord), Vocabulary.Add("4th", WordClass.Stop | WordClass.PeriodWord),
        };

        private static readonly int[] MonthIds = RegisterMonths();

        /// <summary>Words that, said right after "long-term", make it a horizon rather than an adjective (long-term investments).</summary>
        private static readonly int[] HorizonNouns =
        {
            Vocabulary.Add("model"), Vocabulary.Add("target"), Vocabulary.Add("targets"), Vocabulary.Add("goal"), Vocabulary.Add("goals"),
            Vocabulary.Add("growth"), Vocabulary.Add("framework"), Vocabulary.Add("aspiration"), Vocabulary.Add("aspirations"), Vocabulary.Add("objective"),
            Vocabulary.Add("objectives"), Vocabulary.Add("range"), Vocabulary.Add("algorithm"),
        };

        private static int[] RegisterMonths()
        {
            string[] names = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };
            var ids = new int[12];
            for (int i = 0; i < 12; i++) ids[i] = Vocabulary.Add(names[i], WordClass.Month | WordClass.Stop | WordClass.PeriodWord);
            return ids;
        }

        private static int MonthOf(int id)
        {
            for (int i = 0; i < 12; i++)
            {
                if (MonthIds[i] == id) return i + 1;
            }
            return 0;
        }

        private static int OrdinalOf(int id)
        {
            for (int i = 0; i < Ordinals.Length; i++)
            {
                if (Ordinals[i] == id) return i % 4 + 1;
            }
            return 0;
        }

        /// <summary>Finds the period phrases of a sentence. <paramref name="forward"/>: the sentence looks ahead, so bare quarters read forwards.</summary>
        public static void Find(SentenceTokens s, FiscalCalendar calendar, bool forward, List<PeriodMention> output)
        {
            output.Clear();
            int i = 0;
            while (i < s.Count)
            {
                // Period phrases start at a period word, a year, or a compact period (Q3, FY18).
                var t = s[i];
                bool candidate = t.Kind == TokenKind.Number ? s.NumberAt(i).IsYear
                    : t.Kind == TokenKind.Word && (t.Has(WordClass.PeriodWord) || t.Word == Vocabulary.Unknown);
                if (candidate && TryAt(s, i, calendar, forward, out var mention))
                {
                    // "over the long term" is a horizon, not a compared period.
                    mention.Comparison |= mention.Period.Kind != FiscalPeriodKind.LongTerm && IsComparedAgainst(s, mention.First);
                    output.Add(mention);
                    i = mention.Last + 1;
                }
                else i++;
            }
        }

        private static bool TryAt(SentenceTokens s, int i, FiscalCalendar calendar, bool forward, out PeriodMention m)
        {
            m = default;
            var t = s[i];
            if (t.Kind == TokenKind.Number)
            {
                // "2031", "in 2032": a fiscal year; "the end of 2030" is that year's last quarter.
                var number = s.NumberAt(i);
                if (!number.IsYear) return false;
                int year = (int)number.Value;
                if (WordAt(s, i - 1) == Of && WordAt(s, i - 2) == End)
                    return Make(ref m, i - 2, i, PeriodKind.Explicit, FiscalPeriod.OfQuarter(year, 4));
                // "our best operating margin since 2007", "the highest level since 2019": the year dates a record, not the number.
                if (WordAt(s, i - 1) == SinceWord && SuperlativeBefore(s, i - 1)) return false;
                return Make(ref m, i, i, PeriodKind.Explicit, FiscalPeriod.OfYear(year));
            }
            if (t.Kind != TokenKind.Word) return false;
            int w = t.Word;

            // Q3, Q3 2009, Q1 of 2020, Q1 of the prior year, 3Q09, Q3FY25, FY18, FY 2019
            if (TryCompact(s.Text, t.Start, t.End - t.Start, out int cq, out int cy, out bool fiscalYear))
            {
                if (fiscalYear)
                {
                    if (cy == 0 && TryYearAfter(s, i + 1, out int fy, out int fyLast)) return Make(ref m, i, fyLast, PeriodKind.Explicit, FiscalPeriod.OfYear(fy));
                    return cy != 0 && Make(ref m, i, i, PeriodKind.Explicit, FiscalPeriod.OfYear(cy));
                }
                if (cy != 0) return Make(ref m, i, i, PeriodKind.Explicit, FiscalPeriod.OfQuarter(cy, cq));
                return QuarterWithYear(s, i, i, cq, calendar, forward, ref m);
            }
            // Every phrase below starts with a period word.
            if (w == Vocabulary.Unknown) return false;

            // the first half, H1, year-to-date, YTD, the first nine months
            if (w == H1 || w == H2 || w == Ytd) return Make(ref m, i, i, PeriodKind.Unresolvable, default);
            if (w == Half && i > 0 && OrdinalOf(WordAt(s, i - 1)) is 1 or 2) return Make(ref m, i - 1, i, PeriodKind.Unresolvable, default);
            if (w == Year && WordAt(s, i + 1) == To && WordAt(s, i + 2) == Date) return Make(ref m, i, i + 2, PeriodKind.Unresolvable, default);
            if ((w == Nine || w == Six) && WordAt(s, i + 1) == Months) return Make(ref m, i, i + 1, PeriodKind.Unresolvable, default);

            // "over the next two to three years", "in the next few years": a horizon of several years is the long term.
            if (w == Next)
            {
                int j = i + 1;
                while (j < s.Count && j <= i + 4 && (s[j].Kind == TokenKind.Number && !s.NumberAt(j).IsYear && s.NumberAt(j).Kind == NumberKind.Plain
                    || s[j].Has(WordClass.NumberWord) || s[j].IsWord(To) || s[j].IsWord(Few) || s[j].IsWord(Several) || s[j].IsWord(Couple) || s[j].IsWord(Of))) j++;
                if (j > i + 1 && WordAt(s, j) == Years) return Make(ref m, i, j, PeriodKind.Explicit, FiscalPeriod.LongTerm);
            }

            // long-term model, over the long term
            // "Longer term, our algorithm calls for …"
            if ((w == Long || w == Longer) && WordAt(s, i + 1) == Term)
            {
                int after = WordAt(s, i + 2);
                bool horizon = Array.IndexOf(HorizonNouns, after) >= 0 || s.Count <= i + 2 || s[i + 2].Kind != TokenKind.Word
                    || (WordAt(s, i - 1) == The && (WordAt(s, i - 2) == Over || WordAt(s, i - 2) == In || WordAt(s, i - 2) == For));
                return horizon && Make(ref m, i, i + 1, PeriodKind.Explicit, FiscalPeriod.LongTerm);
            }

            // sequentially, on a sequential basis, quarter-over-quarter / quarter-on-quarter, QoQ
            if (w == Sequentially || w == Qoq) return Make(ref m, i, i, PeriodKind.Sequential, default, comparison: true);
            if (w == Sequential && WordAt(s, i + 1) == Basis) return Make(ref m, i, i + 1, PeriodKind.Sequential, default, comparison: true);
            if (w == Quarter && (WordAt(s, i + 1) == Over || WordAt(s, i + 1) == On) && WordAt(s, i + 2) == Quarter)
                return Make(ref m, i, i + 2, PeriodKind.Sequential, default, comparison: true);

            // year-over-year, year on year, YoY, a year ago, the year-ago quarter
            if (w == Yoy) return Make(ref m, i, i, PeriodKind.YearAgo, default, comparison: true);
            if (w == Year && (WordAt(s, i + 1) == Over || WordAt(s, i + 1) == On) && WordAt(s, i + 2) == Year)
                return Make(ref m, i, i + 2, PeriodKind.YearAgo, default, comparison: true);
            if (w == Year && WordAt(s, i + 1) == Ago)
            {
                int last = WordAt(s, i + 2) == Quarter || WordAt(s, i + 2) == Period ? i + 2 : i + 1;
                return Make(ref m, i, last, PeriodKind.YearAgo, default);
            }

            // the prior year third quarter, the prior year period, the prior year, last year, this quarter last year
            if ((w == Prior || w == Previous || w == Last) && WordAt(s, i + 1) == Year)
            {
                int q = OrdinalOf(WordAt(s, i + 2));
                if (q > 0 && WordAt(s, i + 3) == Quarter && calendar.Quarter is { } cq1)
                    return Make(ref m, i, i + 3, PeriodKind.Explicit, FiscalPeriod.OfQuarter(cq1.Year - 1, q));
                int month = MonthOf(WordAt(s, i + 2));
                if (month > 0 && WordAt(s, i + 3) == Quarter && calendar.QuarterOfMonth(month, false) is { } mq)
                    return Make(ref m, i, i + 3, PeriodKind.Explicit, mq.PriorYear());
                int last = WordAt(s, i + 2) == Quarter || WordAt(s, i + 2) == Period ? i + 2 : i + 1;
                return Make(ref m, i, last, PeriodKind.YearAgo, default);
            }
            if (w == Same && (WordAt(s, i + 1) == Quarter || WordAt(s, i + 1) == Period) && WordAt(s, i + 2) == Last && WordAt(s, i + 3) == Year)
                return Make(ref m, i, i + 3, PeriodKind.YearAgo, default);
            if (w == This && (WordAt(s, i + 1) == Quarter || WordAt(s, i + 1) == Time) && WordAt(s, i + 2) == Last && WordAt(s, i + 3) == Year)
                return Make(ref m, i, i + 3, PeriodKind.YearAgo, default);

            // last quarter, the prior quarter, the previous quarter, next quarter, this quarter, the quarter
            if (w == Quarter && i > 0)
            {
                int before = WordAt(s, i - 1);
                if (before == Last || before == Prior || before == Previous || before == Preceding)
                    return calendar.Quarter is { } pq && Make(ref m, i - 1, i, PeriodKind.Explicit, pq.PreviousQuarter());
                if (before == Next || before == Coming || before == Following || before == Upcoming)
                    return calendar.Quarter is { } nq && Make(ref m, i - 1, i, PeriodKind.Explicit, nq.NextQuarter());
                if (before == This || before == Current || before == The)
                {
                    if (WordAt(s, i + 1) == Last && WordAt(s, i + 2) == Year) return Make(ref m, i - 1, i + 2, PeriodKind.YearAgo, default);
                    return Make(ref m, i - 1, i, PeriodKind.Focus, default);
                }
            }

            // the third quarter (of 2020), fourth-quarter, the December quarter
            int ordinal = OrdinalOf(w);
            if (ordinal > 0 && WordAt(s, i + 1) == Quarter) return QuarterWithYear(s, i, i + 1, ordinal, calendar, forward, ref m);
            int calendarMonth = MonthOf(w);
            if (calendarMonth > 0 && WordAt(s, i + 1) == Quarter)
            {
                // "the September quarter last year", "the September quarter of last year", "the June quarter a year ago"
                int after = WordAt(s, i + 2) == Of ? i + 3 : i + 2;
                int yearAgoEnd = WordAt(s, after) == Last && WordAt(s, after + 1) == Year ? after + 1
                    : WordAt(s, after) == A && WordAt(s, after + 1) == Year && WordAt(s, after + 2) == Ago ? after + 2 : -1;
                if (yearAgoEnd > 0 && calendar.QuarterOfMonth(calendarMonth, false) is { } lastYears)
                    return Make(ref m, i, yearAgoEnd, PeriodKind.Explicit, lastYears.PriorYear());
                return calendar.QuarterOfMonth(calendarMonth, forward) is { } monthQuarter
                    ? Make(ref m, i, i + 1, PeriodKind.Explicit, monthQuarter)
                    : Make(ref m, i, i + 1, PeriodKind.Unresolvable, default);
            }

            // "an increase of 85 since the end of the year", "up 40 from year end", "from the end of last year": in a call about
            // an earlier quarter, the balance a move is counted from is the last fiscal year's close, not this year's.
            if (calendar.Quarter is { Kind: FiscalPeriodKind.Quarter } callQuarter && callQuarter.Quarter != 4)
            {
                int since = i - (WordAt(s, i - 1) == The ? 2 : 1);
                bool countedFrom = WordAt(s, since) == SinceWord || WordAt(s, since) == FromWord;
                if (w == End && WordAt(s, i + 1) == Of && WordAt(s, i + 2) == Last && WordAt(s, i + 3) == Year)
                    return Make(ref m, i, i + 3, PeriodKind.Explicit, FiscalPeriod.OfQuarter(callQuarter.Year - 1, 4));
                if (countedFrom && w == End && WordAt(s, i + 1) == Of && WordAt(s, i + 2) == The && WordAt(s, i + 3) == Year)
                    return Make(ref m, i, i + 3, PeriodKind.Explicit, FiscalPeriod.OfQuarter(callQuarter.Year - 1, 4), comparison: true);
                if (countedFrom && w == Year && WordAt(s, i + 1) == End)
                    return Make(ref m, i, i + 1, PeriodKind.Explicit, FiscalPeriod.OfQuarter(callQuarter.Year - 1, 4), comparison: true);
            }
            // at year end, at quarter end, the end of the year, the end of the quarter
            if ((w == Year || w == Quarter) && WordAt(s, i + 1) == End && calendar.Quarter is { } endQuarter)
                return Make(ref m, i, i + 1, PeriodKind.Explicit, w == Quarter ? endQuarter : FiscalPeriod.OfYear(endQuarter.Year));
            if (w == End && WordAt(s, i + 1) == Of && WordAt(s, i + 2) == The && (WordAt(s, i + 3) == Year || WordAt(s, i + 3) == Quarter) && calendar.Quarter is { } ofQuarter)
                return Make(ref m, i, i + 3, PeriodKind.Explicit, WordAt(s, i + 3) == Quarter ? ofQuarter : FiscalPeriod.OfYear(ofQuarter.Year));

            // fiscal 2019, fiscal year 2019, full year 2009, full-year, the full year, this year, next year, next fiscal year
            if (w == Fiscal || w == Full)
            {
                int k = i + 1;
                if (WordAt(s, k) == Year) k++;
                if (TryYearAfter(s, k, out int year, out int yearLast)) return Make(ref m, i, yearLast, PeriodKind.Explicit, FiscalPeriod.OfYear(year));
                if (k > i + 1 && calendar.Year is { } fy) return Make(ref m, i, k - 1, PeriodKind.Explicit, ForwardYear(fy, calendar, forward));
                return false;
            }
            if (w == Year && i > 0)
            {
                int before = WordAt(s, i - 1);
                if ((before == This || before == The || before == Current) && calendar.Year is { } ty)
                {
                    if (WordAt(s, i + 1) == Ago) return false;
                    if (TryYearAfter(s, i + 1, out int stated, out int statedLast)) return Make(ref m, i - 1, statedLast, PeriodKind.Explicit, FiscalPeriod.OfYear(stated));
                    return Make(ref m, i - 1, i, PeriodKind.Explicit, ForwardYear(ty, calendar, forward));
                }
                if ((before == Next || before == Coming) && calendar.Year is { } ny) return Make(ref m, i - 1, i, PeriodKind.Explicit, FiscalPeriod.OfYear(ny.Year + 1));
            }
            if ((w == Next || w == Last || w == Prior || w == Previous) && WordAt(s, i + 1) == Fiscal && WordAt(s, i + 2) == Year && calendar.Year is { } nfy)
                return Make(ref m, i, i + 2, PeriodKind.Explicit, FiscalPeriod.OfYear(nfy.Year + (w == Next ? 1 : -1)));
            if (w == Today) return calendar.Quarter is { } now && Make(ref m, i, i, PeriodKind.Explicit, now);
            return false;
        }

        // In a year-end call's outlook, "the full year" is the coming one.
        private static FiscalPeriod ForwardYear(FiscalPeriod year, FiscalCalendar calendar, bool forward) =>
            forward && calendar.Quarter is { Quarter: 4 } ? FiscalPeriod.OfYear(year.Year + 1) : year;

        /// <summary>A quarter number with an optional year after it: "Q1 of 2031", "third quarter 2030", "Q1 of the prior year", "Q4 of last year".</summary>
        private static bool QuarterWithYear(SentenceTokens s, int first, int last, int quarter, FiscalCalendar calendar, bool forward, ref PeriodMention m)
        {
            if (TryYearAfter(s, last + 1, out int year, out int yearLast)) return Make(ref m, first, yearLast, PeriodKind.Explicit, FiscalPeriod.OfQuarter(year, quarter));
            if (calendar.Quarter is not { } q) return Make(ref m, first, last, PeriodKind.Unresolvable, default);
            int k = last + 1;
            if (WordAt(s, k) == Of) k++;
            if (WordAt(s, k) == The) k++;
            int relative = WordAt(s, k);
            if ((relative == Prior || relative == Previous || relative == Last) && WordAt(s, k + 1) == Year)
                return Make(ref m, first, k + 1, PeriodKind.Explicit, FiscalPeriod.OfQuarter(q.Year - 1, quarter));
            if ((relative == Next || relative == Coming) && WordAt(s, k + 1) == Year)
                return Make(ref m, first, k + 1, PeriodKind.Explicit, FiscalPeriod.OfQuarter(q.Year + 1, quarter));
            if (relative == This && WordAt(s, k + 1) == Year)
                return Make(ref m, first, k + 1, PeriodKind.Explicit, FiscalPeriod.OfQuarter(q.Year, quarter));
            // "the prior year third quarter" is read where "prior" is; "last year's fourth quarter" reads "last year" before.
            if ((WordAt(s, first - 1) == Year) && (WordAt(s, first - 2) == Last || WordAt(s, first - 2) == Prior))
                return Make(ref m, first - 2, last, PeriodKind.Explicit, FiscalPeriod.OfQuarter(q.Year - 1, quarter));
            return calendar.QuarterOfNumber(quarter, forward) is { } resolved && Make(ref m, first, last, PeriodKind.Explicit, resolved);
        }

        /// <summary>A year after optional "of", "fiscal", "year": 2030, fiscal 2031, fiscal year 2031, FY31.</summary>
        private static bool TryYearAfter(SentenceTokens s, int k, out int year, out int last)
        {
            year = 0;
            last = k;
            if (WordAt(s, k) == Of) k++;
            if (WordAt(s, k) == Fiscal) k++;
            if (WordAt(s, k) == Year) k++;
            if (k < s.Count && s[k].Kind == TokenKind.Number && s.NumberAt(k).IsYear)
            {
                year = (int)s.NumberAt(k).Value;
                last = k;
                return true;
            }
            if (k < s.Count && s[k].Kind == TokenKind.Word && TryCompact(s.Text, s[k].Start, s[k].End - s[k].Start, out _, out int fy, out bool isYear) && isYear && fy != 0)
            {
                year = fy;
                last = k;
                return true;
            }
            return false;
        }

        /// <summary>Reads Q3, Q3FY25, 3Q09, 3Q2009, FY18, FY2018 and FY (year next) from a word's characters.</summary>
        internal static bool TryCompact(string text, int start, int length, out int quarter, out int year, out bool fiscalYear)
        {
            quarter = 0;
            year = 0;
            fiscalYear = false;
            if (length < 2 || length > 9) return false;
            char c0 = Vocabulary.Lower(text[start]), c1 = Vocabulary.Lower(text[start + 1]);
            if (c0 == 'f' && c1 == 'y')
            {
                fiscalYear = true;
                if (length == 2) return true;
                return TryYearDigits(text, start + 2, length - 2, out year);
            }
            if (c0 == 'q' && c1 >= '1' && c1 <= '4')
            {
                quarter = c1 - '0';
                if (length == 2) return true;
                int p = start + 2, rest = length - 2;
                if (rest > 2 && Vocabulary.Lower(text[p]) == 'f' && Vocabulary.Lower(text[p + 1]) == 'y')
                {
                    p += 2;
                    rest -= 2;
                }
                return TryYearDigits(text, p, rest, out year);
            }
            if (c0 >= '1' && c0 <= '4' && c1 == 'q' && length > 2)
            {
                quarter = c0 - '0';
                return TryYearDigits(text, start + 2, length - 2, out year);
            }
            return false;
        }

        private static bool TryYearDigits(string text, int start, int length, out int year)
        {
            year = 0;
            if (length != 2 && length != 4) return false;
            int value = 0;
            for (int i = 0; i < length; i++)
            {
                char c = text[start + i];
                if (c < '0' || c > '9') return false;
                value = value * 10 + (c - '0');
            }
            year = length == 2 ? 2000 + value : value;
            return year >= 1900 && year <= 2200;
        }

        private static readonly int EndWord = Vocabulary.Add("end");
        private static readonly int FromWord = Vocabulary.Add("from");
        private static readonly int SinceWord = Vocabulary.Add("since");
        private static readonly int BelowWord = Vocabulary.Add("below");
        private static readonly int AboveWord = Vocabulary.Add("above");
        private static readonly HashSet<int> Superlatives = new HashSet<int>
        {
            Vocabulary.Add("best"), Vocabulary.Add("highest"), Vocabulary.Add("lowest"), Vocabulary.Add("strongest"), Vocabulary.Add("weakest"),
            Vocabulary.Add("largest"), Vocabulary.Add("biggest"), Vocabulary.Add("fastest"), Vocabulary.Add("worst"), Vocabulary.Add("smallest"),
        };

        private static bool SuperlativeBefore(SentenceTokens s, int since)
        {
            for (int k = since - 1; k >= 0 && k >= since - 5; k--)
            {
                if (s[k].Kind != TokenKind.Word) return false;
                if (Superlatives.Contains(s[k].Word)) return true;
            }
            return false;
        }

        private static bool IsComparedAgainst(SentenceTokens s, int first)
        {
            // "up $96 million from the end of the second quarter": the balance it moved from.
            int j = first - 1;
            if (WordAt(s, j) == The) j--;
            if (WordAt(s, j) == Of && WordAt(s, j - 1) == EndWord && WordAt(s, j - 2) == The && WordAt(s, j - 3) == FromWord) return true;
            for (int k = first - 1; k >= 0 && k >= first - 3; k--)
            {
                var t = s[k];
                if (t.Kind != TokenKind.Word) return false;
                if (t.Has(WordClass.Comparison) || Cues.LeadsComparison(s, k)) return true;
                // "22.9%, slightly below last year", "above the prior-year quarter": a period right after below or above is the compared one.
                if (k == first - 1 && (t.Word == BelowWord || t.Word == AboveWord)) return true;
                if (!t.Has(WordClass.Filler)) return false;
            }
            return false;
        }

        private static int WordAt(SentenceTokens s, int k) => k >= 0 && k < s.Count && s[k].Kind == TokenKind.Word ? s[k].Word : Vocabulary.Unknown;

        private static bool Make(ref PeriodMention m, int first, int last, PeriodKind kind, FiscalPeriod period, bool comparison = false)
        {
            m = new PeriodMention { First = first, Last = last, Kind = kind, Period = period, Comparison = comparison, Intrinsic = comparison };
            return true;
        }
    }
}
