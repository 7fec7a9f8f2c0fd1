using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedTranscripts.Generated
{
    /// <summary>
    /// Reads what generated code holds for one call (written by the generator's <c>CallDataEmitter</c>): the turns' text,
    /// one after another, and a data string of everything else as tokens: a string is <c>~</c> (null) or its length,
    /// <c>:</c> and its characters; a number is its invariant spelling and <c>,</c>; a turn or a sentence found in the
    /// text is its start and length in it (a sentence then after <c>@</c>). Lengths and starts count UTF-16 characters.
    /// </summary>
    internal sealed class CallDataReader
    {
        private readonly string _data;
        private int _at;
        private readonly string _text;

        private CallDataReader(string text, string data)
        {
            _text = text;
            _data = data;
        }

        public static EarningsCall Read(string text, string data) => new CallDataReader(text, data).ReadCall();

        private EarningsCall ReadCall()
        {
            string? company = String();
            string? ticker = String();
            FiscalPeriod? fiscalPeriod = Period();
            int year = Int();
            DateTime? date = year < 0 ? null : new DateTime(year, Int(), Int());
            string? time = String();
            string? title = String();
            var layout = (TranscriptLayout)Int();
            string sourcePath = String() ?? throw Malformed();

            var speakers = new Speaker[Int()];
            for (int i = 0; i < speakers.Length; i++)
                speakers[i] = new Speaker(String() ?? throw Malformed(), String(), String(), (SpeakerRole)Int());

            var sections = new Section[Int()];
            for (int s = 0; s < sections.Length; s++)
            {
                var kind = (SectionKind)Int();
                int line = Int();
                var turns = new Turn[Int()];
                for (int t = 0; t < turns.Length; t++)
                {
                    var speaker = speakers[Int()];
                    int turnLine = Int();
                    turns[t] = new Turn(speaker, kind, turnLine, TextSlice());
                }
                sections[s] = new Section(kind, line, turns);
            }

            var figures = new Figure[Int()];
            for (int i = 0; i < figures.Length; i++) figures[i] = Figure();
            var changes = new Change[Int()];
            for (int i = 0; i < changes.Length; i++) changes[i] = Change();
            var guidance = new Guidance[Int()];
            for (int i = 0; i < guidance.Length; i++) guidance[i] = Guidance();
            if (_at != _data.Length) throw Malformed();

            return new EarningsCall(company, ticker, fiscalPeriod, date, time, title, layout, sourcePath, speakers, sections, figures, changes, guidance);
        }

        // A statement's type code names its quantity type: M money, S per share, P percentage, B points, C count, R ratio.
        private Figure Figure()
        {
            char type = Char();
            string metric = String() ?? throw Malformed();
            string? segment = String();
            var basis = (Basis)Int();
            var period = Period() ?? throw Malformed();
            return type switch
            {
                'M' => new Figure<Money>(metric, segment, basis, period, Money(), String(), Int(), Sentence()),
                'S' => new Figure<PerShare>(metric, segment, basis, period, PerShare(), String(), Int(), Sentence()),
                'P' => new Figure<Percentage>(metric, segment, basis, period, new Percentage(Decimal()), String(), Int(), Sentence()),
                'B' => new Figure<PercentagePoints>(metric, segment, basis, period, new PercentagePoints(Decimal()), String(), Int(), Sentence()),
                'C' => new Figure<Count>(metric, segment, basis, period, Count(), String(), Int(), Sentence()),
                'R' => new Figure<Ratio>(metric, segment, basis, period, new Ratio(Decimal()), String(), Int(), Sentence()),
                _ => throw Malformed(),
            };
        }

        private Change Change()
        {
            char type = Char();
            string metric = String() ?? throw Malformed();
            string? segment = String();
            var basis = (Basis)Int();
            var period = Period() ?? throw Malformed();
            var versus = Period() ?? throw Malformed();
            return type switch
            {
                'M' => new Change<Money>(metric, segment, basis, period, versus, Money(), String(), Int(), Sentence()),
                'S' => new Change<PerShare>(metric, segment, basis, period, versus, PerShare(), String(), Int(), Sentence()),
                'P' => new Change<Percentage>(metric, segment, basis, period, versus, new Percentage(Decimal()), String(), Int(), Sentence()),
                'B' => new Change<PercentagePoints>(metric, segment, basis, period, versus, new PercentagePoints(Decimal()), String(), Int(), Sentence()),
                'C' => new Change<Count>(metric, segment, basis, period, versus, Count(), String(), Int(), Sentence()),
                'R' => new Change<Ratio>(metric, segment, basis, period, versus, new Ratio(Decimal()), String(), Int(), Sentence()),
                _ => throw Malformed(),
            };
        }

        private Guidance Guidance()
        {
            char type = Char();
            string metric = String() ?? throw Malformed();
            string? segment = String();
            var basis = (Basis)Int();
            var period = Period() ?? throw Malformed();
            switch (type)
            {
                case 'M': { var low = Has() ? Money() : (Money?)null; var high = Has() ? Money() : (Money?)null; return new Guidance<Money>(metric, segment, basis, period, low, high, (Direction)Int(), String() ?? throw Malformed(), String(), Int(), Sentence()); }
                case 'S': { var low = Has() ? PerShare() : (PerShare?)null; var high = Has() ? PerShare() : (PerShare?)null; return new Guidance<PerShare>(metric, segment, basis, period, low, high, (Direction)Int(), String() ?? throw Malformed(), String(), Int(), Sentence()); }
                case 'P': { var low = Has() ? new Percentage(Decimal()) : (Percentage?)null; var high = Has() ? new Percentage(Decimal()) : (Percentage?)null; return new Guidance<Percentage>(metric, segment, basis, period, low, high, (Direction)Int(), String() ?? throw Malformed(), String(), Int(), Sentence()); }
                case 'B': { var low = Has() ? new PercentagePoints(Decimal()) : (PercentagePoints?)null; var high = Has() ? new PercentagePoints(Decimal()) : (PercentagePoints?)null; return new Guidance<PercentagePoints>(metric, segment, basis, period, low, high, (Direction)Int(), String() ?? throw Malformed(), String(), Int(), Sentence()); }
                case 'C': { var low = Has() ? Count() : (Count?)null; var high = Has() ? Count() : (Count?)null; return new Guidance<Count>(metric, segment, basis, period, low, high, (Direction)Int(), String() ?? throw Malformed(), String(), Int(), Sentence()); }
                case 'R': { var low = Has() ? new Ratio(Decimal()) : (Ratio?)null; var high = Has() ? new Ratio(Decimal()) : (Ratio?)null; return new Guidance<Ratio>(metric, segment, basis, period, low, high, (Direction)Int(), String() ?? throw Malformed(), String(), Int(), Sentence()); }
                default: throw Malformed();
            }
        }

        private Money Money() => new Money(Decimal(), String() ?? throw Malformed());

        private PerShare PerShare() => new PerShare(Decimal(), String() ?? throw Malformed());

        private Count Count() => new Count(Decimal(), (CountUnit)Int());

        /// <summary>A guidance bound: <c>~</c> for none, <c>+</c> before one.</summary>
        private bool Has() => Char() switch
        {
            '+' => true,
            '~' => false,
            _ => throw Malformed(),
        };

        /// <summary>Kind, year and quarter; a kind of -1 is no period.</summary>
        private FiscalPeriod? Period()
        {
            int kind = Int();
            int year = Int();
            int quarter = Int();
            return kind switch
            {
                -1 => null,
                (int)FiscalPeriodKind.Quarter => FiscalPeriod.OfQuarter(year, quarter),
                (int)FiscalPeriodKind.FiscalYear => FiscalPeriod.OfYear(year),
                (int)FiscalPeriodKind.LongTerm => FiscalPeriod.LongTerm,
                _ => throw Malformed(),
            };
        }

        private string TextSlice()
        {
            int start = Int();
            int length = Int();
            if (start < 0 || length < 0 || start > _text.Length - length) throw Malformed();
            return _text.Substring(start, length);
        }

        private string Sentence()
        {
            if (_at < _data.Length && _data[_at] == '@')
            {
                _at++;
                return TextSlice();
            }
            return String() ?? throw Malformed();
        }

        private string? String()
        {
            if (_at < _data.Length && _data[_at] == '~')
            {
                _at++;
                return null;
            }
            int length = Int(':');
            if (length < 0 || length > _data.Length - _at) throw Malformed();
            string value = _data.Substring(_at, length);
            _at += length;
            return value;
        }

        private char Char() => _at < _data.Length ? _data[_at++] : throw Malformed();

        private int Int(char end = ',')
        {
            int stop = _data.IndexOf(end, _at);
            if (stop < 0) throw Malformed();
            int value = int.Parse(_data.Substring(_at, stop - _at), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            _at = stop + 1;
            return value;
        }

        private decimal Decimal()
        {
            int stop = _data.IndexOf(',', _at);
            if (stop < 0) throw Malformed();
            decimal value = decimal.Parse(_data.Substring(_at, stop - _at), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            _at = stop + 1;
            return value;
        }

        private FormatException Malformed() => new FormatException("Generated call data is malformed at character " + _at.ToString(CultureInfo.InvariantCulture) + ".");
    }
}
