using System.Globalization;
using System.IO;

namespace TypedTranscripts.Export
{
    /// <summary>The JSON export of one transcript (format <c>transcript-export/1</c>), as the command-line tool writes it.</summary>
    public static class TranscriptExport
    {
        /// <summary>The format's name and version.</summary>
        public const string Format = "transcript-export/1";

        /// <summary>Writes the export of a parse result.</summary>
        public static void Write(TranscriptParseResult result, string source, TextWriter output)
        {
            var json = new JsonWriter(output);
            var call = result.Call;
            json.StartObject();
            json.Property("format", Format);
            json.Property("source", source);

            json.Name("call");
            json.StartObject();
            json.Property("company", call?.Company);
            json.Property("ticker", call?.Ticker);
            json.Property("fiscalPeriod", call?.FiscalPeriod?.ToString());
            json.Property("date", call?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.Property("time", call?.Time);
            json.Property("title", call?.Title);
            json.Property("layout", call is null ? null : call.Layout.ToString());
            json.EndObject();

            json.Name("speakers");
            json.StartArray();
            foreach (var speaker in call?.Speakers ?? System.Array.Empty<Speaker>())
            {
                json.StartObject();
                json.Property("name", speaker.Name);
                json.Property("company", speaker.Company);
                json.Property("title", speaker.Title);
                json.Property("role", RoleName(speaker.Role));
                json.Property("turns", call!.TurnCount(speaker));
                json.EndObject();
            }
            json.EndArray();

            json.Name("sections");
            json.StartArray();
            foreach (var section in call?.Sections ?? System.Array.Empty<Section>())
            {
                json.StartObject();
                json.Property("name", section.Name);
                json.Property("turns", section.Turns.Count);
                json.Property("line", section.Line);
                json.EndObject();
            }
            json.EndArray();

            json.Name("figures");
            json.StartArray();
            foreach (var figure in call?.Figures ?? System.Array.Empty<Figure>())
            {
                json.StartObject();
                WriteStatement(json, figure);
                json.Property("value", figure.Quantity.Number);
                json.Property("unit", figure.Quantity.Unit);
                WriteSource(json, figure);
                json.EndObject();
            }
            json.EndArray();

            json.Name("changes");
            json.StartArray();
            foreach (var change in call?.Changes ?? System.Array.Empty<Change>())
            {
                json.StartObject();
                WriteStatement(json, change);
                json.Property("versus", change.Versus.ToString());
                json.Property("value", change.Quantity.Number);
                json.Property("unit", change.Quantity.Unit);
                WriteSource(json, change);
                json.EndObject();
            }
            json.EndArray();

            json.Name("guidance");
            json.StartArray();
            foreach (var guidance in call?.Guidance ?? System.Array.Empty<Guidance>())
            {
                json.StartObject();
                WriteStatement(json, guidance);
                json.Property("low", guidance.LowQuantity?.Number);
                json.Property("high", guidance.HighQuantity?.Number);
                json.Property("direction", DirectionName(guidance.Direction));
                json.Property("unit", guidance.Unit);
                WriteSource(json, guidance);
                json.EndObject();
            }
            json.EndArray();

            // Numbers that could not be resolved: flagged here, never among the figures, changes or guidance.
            json.Name("unresolved");
            json.StartArray();
            foreach (var item in result.Unresolved)
            {
                json.StartObject();
                json.Property("kind", item.Kind.ToString().ToLowerInvariant());
                json.Property("metric", item.Metric);
                json.Property("segment", item.Segment);
                json.Property("basis", BasisName(item.Basis));
                json.Property("period", item.Period?.ToString());
                json.Property("value", item.Value);
                json.Property("high", item.High);
                json.Property("unit", item.Unit);
                json.Property("reason", item.Reason);
                json.Property("line", item.Line);
                json.Property("sentence", item.Sentence);
                json.EndObject();
            }
            json.EndArray();

            json.Name("problems");
            json.StartArray();
            foreach (var problem in result.Problems)
            {
                json.StartObject();
                json.Property("id", problem.Id);
                json.Property("severity", problem.Severity.ToString().ToLowerInvariant());
                json.Property("line", problem.Location.Line);
                json.Property("message", problem.Message);
                json.EndObject();
            }
            json.EndArray();
            json.EndObject();
            output.Write('\n');
        }

        private static void WriteStatement(JsonWriter json, Statement statement)
        {
            json.Property("metric", statement.Metric);
            json.Property("segment", statement.Segment);
            json.Property("basis", BasisName(statement.Basis));
            json.Property("period", statement.Period.ToString());
        }

        private static void WriteSource(JsonWriter json, Statement statement)
        {
            json.Property("qualifier", statement.Qualifier);
            json.Property("line", statement.Line);
            json.Property("sentence", statement.Sentence);
        }

        /// <summary>The export spelling of a role.</summary>
        public static string RoleName(SpeakerRole role) => role switch
        {
            SpeakerRole.Executive => "executive",
            SpeakerRole.Analyst => "analyst",
            SpeakerRole.Operator => "operator",
            _ => "other",
        };

        /// <summary>The export spelling of a basis, or null when unspecified.</summary>
        public static string? BasisName(Basis basis) => basis switch
        {
            Basis.Gaap => "GAAP",
            Basis.NonGaap => "non-GAAP",
            _ => null,
        };

        /// <summary>The export spelling of a direction, or null when none.</summary>
        public static string? DirectionName(Direction direction) => direction switch
        {
            Direction.Up => "up",
            Direction.Down => "down",
            Direction.Flat => "flat",
            _ => null,
        };
    }
}
