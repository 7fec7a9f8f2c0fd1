using System;
using System.Collections.Generic;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>The call's metadata once every source has been asked.</summary>
    internal sealed class CallMetadata
    {
        public string? Company { get; set; }
        public string? Ticker { get; set; }
        public FiscalPeriod? Period { get; set; }
        public DateTime? Date { get; set; }
        public string? Time { get; set; }
        public string? Title { get; set; }
    }

    /// <summary>
    /// Company, ticker, period and date from the text first, then from the item metadata the user sets, then from
    /// the file name. A later source that disagrees with the one used is reported.
    /// </summary>
    internal static class MetadataResolver
    {
        public static CallMetadata Resolve(CallFacts facts, string? speakerCompany, SourceText source, string path,
            TranscriptParseOptions options, List<TranscriptProblem> problems, System.Threading.CancellationToken cancellationToken)
        {
            var file = FileNameFacts.Parse(path);
            string fileName = SafeFileName(path);
            var result = new CallMetadata { Time = facts.Time?.Value, Title = facts.Title?.Value };

            // Company: the title, the participants' own company, the operator's welcome; then metadata.
            var company = facts.Company ?? (speakerCompany is null ? null : new Fact<string>(speakerCompany, 0));
            result.Company = Choose(company?.Value, company?.Line, options.Company, null, "company", fileName, source, problems,
                (a, b) => Names.SameCompany(a, b) || string.Equals(a, b, StringComparison.OrdinalIgnoreCase));

            // Ticker: stated (title, page header), then metadata, then said in passing, then the file name.
            var stated = facts.Ticker;
            var said = stated is null && options.Ticker is null && result.Company is not null ? TickerFinder.Find(source, result.Company, cancellationToken) : null;
            var ticker = stated ?? said;
            result.Ticker = Choose(ticker?.Value, ticker?.Line, options.Ticker, file.Ticker, "ticker", fileName, source, problems,
                (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase));

            result.Period = ChooseValue(facts.Period, options.FiscalPeriod, file.Period, "fiscal period", fileName, source, problems);
            result.Date = ChooseValue(facts.Date, options.Date, file.Date, "date", fileName, source, problems, date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

            if (result.Period is null)
                problems.Add(Problems.AtStart(ProblemCode.MissingMetadata, Problems.Format(
                    "The call's fiscal period is not in the text, the item metadata or the file name '{0}'; set it with the FiscalPeriod metadata, e.g. <Transcript Include=\"…\" FiscalPeriod=\"Q3 2009\" />.", fileName)));
            if (result.Company is null && result.Ticker is null)
                problems.Add(Problems.AtStart(ProblemCode.MissingMetadata, Problems.Format(
                    "The call's company and ticker are not in the text, the item metadata or the file name '{0}'; set them with the Company and Ticker metadata.", fileName)));
            return result;
        }

        private static string? Choose(string? text, int? textLine, string? metadata, string? fromFile, string what, string fileName,
            SourceText source, List<TranscriptProblem> problems, Func<string, string, bool> same)
        {
            if (text is not null)
            {
                if (metadata is not null && !same(text, metadata))
                    problems.Add(Conflict(what, text, textLine ?? 0, metadata, "the item metadata", source));
                else if (metadata is null && fromFile is not null && !same(text, fromFile))
                    problems.Add(Conflict(what, text, textLine ?? 0, fromFile, "the file name '" + fileName + "'", source));
                return text;
            }
            if (metadata is not null) return metadata;
            return fromFile;
        }

        private static T? ChooseValue<T>(Fact<T>? text, T? metadata, T? fromFile, string what, string fileName, SourceText source,
            List<TranscriptProblem> problems, Func<T, string>? show = null) where T : struct
        {
            show ??= value => value.ToString()!;
            if (text is { } fact)
            {
                if (metadata is { } m && !m.Equals(fact.Value))
                    problems.Add(Conflict(what, show(fact.Value), fact.Line, show(m), "the item metadata", source));
                else if (metadata is null && fromFile is { } f && !f.Equals(fact.Value))
                    problems.Add(Conflict(what, show(fact.Value), fact.Line, show(f), "the file name '" + fileName + "'", source));
                return fact.Value;
            }
            return metadata ?? fromFile;
        }

        private static TranscriptProblem Conflict(string what, string used, int line, string other, string otherSource, SourceText source) =>
            Problems.AtLine(ProblemCode.MetadataConflict, source, line, Problems.Format(
                "The text gives the {0} as '{1}' (line {2}) but {3} says '{4}'; the text's value is used.", what, used, line + 1, otherSource, other));

        private static string SafeFileName(string path)
        {
            try
            {
                return System.IO.Path.GetFileName(path) ?? path;
            }
            catch (ArgumentException)
            {
                return path;
            }
        }
    }
}
