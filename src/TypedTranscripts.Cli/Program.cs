using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using TypedTranscripts;
using TypedTranscripts.Export;

namespace TypedTranscripts.Cli
{
    /// <summary><c>typed-transcripts inspect FILE [--out F]</c>: the JSON export of one transcript, with the same parser the generator uses.</summary>
    public static class Program
    {
        private const string Usage =
@"TypedTranscripts command-line tool

Usage:
  TypedTranscripts.Cli inspect FILE [options]   Parse FILE and write its JSON export (transcript-export/1).

Options:
  --out F           Write the export to F instead of standard output.
  --layout NAME     Read the file as this layout instead of detecting it (StreetEvents, SeekingAlpha, …).
  --company NAME    Company, when the text does not state it.
  --ticker T        Ticker, when the text does not state it.
  --period P        Fiscal period (Q3 2009, FY2009), when the text does not state it.
  --quiet           Do not print problems to standard error.
  -h, --help        Show this help.

Exit status: 0 parsed, 1 the transcript could not be understood or read, 2 bad usage.";

        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                Console.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            if (args[0] != "inspect")
            {
                Console.Error.WriteLine($"Unknown command '{args[0]}'.\n\n{Usage}");
                return 2;
            }

            string? file = null, output = null, layout = null, company = null, ticker = null, period = null;
            bool quiet = false;
            for (int i = 1; i < args.Length; i++)
            {
                string arg = args[i];
                string? Value()
                {
                    if (i + 1 < args.Length) return args[++i];
                    Console.Error.WriteLine($"Option {arg} needs a value.");
                    return null;
                }
                switch (arg)
                {
                    case "--out": output = Value(); if (output is null) return 2; break;
                    case "--layout": layout = Value(); if (layout is null) return 2; break;
                    case "--company": company = Value(); if (company is null) return 2; break;
                    case "--ticker": ticker = Value(); if (ticker is null) return 2; break;
                    case "--period": period = Value(); if (period is null) return 2; break;
                    case "--quiet": quiet = true; break;
                    case "-h": case "--help": Console.WriteLine(Usage); return 0;
                    default:
                        if (arg.StartsWith("-", StringComparison.Ordinal) || file is not null)
                        {
                            Console.Error.WriteLine($"Unexpected argument '{arg}'.\n\n{Usage}");
                            return 2;
                        }
                        file = arg;
                        break;
                }
            }
            if (file is null)
            {
                Console.Error.WriteLine($"inspect needs a FILE.\n\n{Usage}");
                return 2;
            }

            var options = new TranscriptParseOptions { Company = company, Ticker = ticker };
            if (layout is not null)
            {
                if (!Enum.TryParse<TranscriptLayout>(layout, ignoreCase: true, out var forced) || forced == TranscriptLayout.Unknown)
                {
                    Console.Error.WriteLine($"Unknown layout '{layout}'. Known: {string.Join(", ", KnownLayouts())}.");
                    return 2;
                }
                options = With(options, forced, null);
            }
            if (period is not null)
            {
                if (!FiscalPeriod.TryParse(period, out var parsed))
                {
                    Console.Error.WriteLine($"'{period}' is not a fiscal period; write it like Q3 2009 or FY2009.");
                    return 2;
                }
                options = With(options, options.Layout, parsed);
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                Console.Error.WriteLine($"Cannot read '{file}': {e.Message}");
                return 1;
            }

            var result = EarningsCall.Parse(bytes, file, options);
            if (!quiet)
            {
                foreach (var problem in result.Problems) Console.Error.WriteLine($"{file}{problem}");
            }

            var text = new StringWriter { NewLine = "\n" };
            TranscriptExport.Write(result, Path.GetFileName(file), text);
            if (output is null)
            {
                Console.Out.Write(text.ToString());
            }
            else
            {
                File.WriteAllText(output, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            return result.Succeeded ? 0 : 1;
        }

        private static TranscriptParseOptions With(TranscriptParseOptions options, TranscriptLayout layout, FiscalPeriod? period) => new()
        {
            Layout = layout,
            Company = options.Company,
            Ticker = options.Ticker,
            FiscalPeriod = period ?? options.FiscalPeriod,
            Date = options.Date,
            MaxLength = options.MaxLength,
            ExtractFigures = options.ExtractFigures,
        };

        private static IEnumerable<string> KnownLayouts()
        {
            foreach (TranscriptLayout value in Enum.GetValues(typeof(TranscriptLayout)))
            {
                if (value != TranscriptLayout.Unknown) yield return value.ToString();
            }
        }
    }
}
