using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TypedTranscripts.Tests.Infrastructure
{
    /// <summary>Text written to break out of a string literal, an identifier or a doc comment, and transcripts that carry it.</summary>
    public static class HostileText
    {
        /// <summary>
        /// Each tries one way out: quotes and backslashes end a literal, <c>*/</c> and <c>&lt;/summary&gt;</c> end a comment,
        /// a line break of any kind (CR, LF, NEL, U+2028, U+2029) ends a <c>///</c> line and lets a directive start the
        /// next, bidirectional controls reorder what a reviewer sees (Trojan Source), lone surrogates cannot be UTF-8.
        /// </summary>
        public static readonly string[] Payloads =
        {
            "\"; System.Environment.Exit(1); var s = \"",
            "\\\"; } class Injected { //",
            "\\u0022; \\u000A #error escaped",
            "\\",
            "*/ class Injected { } /*",
            "</summary><see cref=\"System.Object\"/><summary>",
            "<![CDATA[ ]]> <!-- --> <?pi ?> &amp; &#x41; &lt;",
            "\u2028#error after a line separator",
            "\u2029#line 1 \"evil.cs\"",
            "\u0085#pragma warning disable",
            "\u000B#define INJECTED \u000C",
            "nul\0byte",
            "{ } {{ }} $\"{typeof(object)}\" \"\"\"raw\"\"\" u8 @class",
            "access\u202E\u2066level = \"user\"\u2069\u202C // admin only",
            "\u202A\u202B\u202D\u2067\u2068 isolates and embeddings",
            "lone \uD800 high and \uDFFF low",
            "non-characters \uFFFE \uFFFF",
            "\u200B\u200D\uFEFF invisible",
            "ok \U0001F600 pair",
        };

        /// <summary>One line for a speaker label or a title: no CR or LF, which would end the line in every layout.</summary>
        public static string OnOneLine(string payload) => payload.Replace('\r', ' ').Replace('\n', ' ');

        /// <summary>
        /// A StreetEvents transcript that puts the payloads in the title, in participants' companies and titles and in
        /// turn texts, with speakers whose names a naive identifier would turn into a member that hides <c>ToString</c>,
        /// into <c>CallData</c>, or into the same identifier twice (two people: <c>Mc Donald Ray</c>, <c>McDonald Ray</c>).
        /// </summary>
        public static string InjectionTranscript()
        {
            var text = new StringBuilder();
            text.Append("F I N A L  T R A N S C R I P T\n\n");
            text.Append("IJCT - Q3 2009 Injection \"Quoted\" */ </summary> #error Corp Earnings Conference Call\n\n");
            text.Append("Event Date/Time: Oct. 22. 2009 / 8:45PM ET\n\n");
            text.Append("C O R P O R A T E  P A R T I C I P A N T S\n\n");
            var executives = new[] { "Robert \"Bobby\" O'Brien-Tables", "To String", "Call Data", "Zoë D'Arcy-Núñez", "Mc Donald Ray", "McDonald Ray" };
            for (int i = 0; i < executives.Length; i++)
            {
                text.Append(' ').Append(executives[i]).Append('\n');
                text.Append(" Injection Corp ").Append(OnOneLine(Payloads[i % Payloads.Length])).Append(" - CFO ").Append(OnOneLine(Payloads[(i + 7) % Payloads.Length])).Append("\n\n");
            }
            text.Append("C O N F E R E N C E  C A L L  P A R T I C I P A N T S\n\n");
            text.Append(" Get Type\n Hostile Securities \u202E - Analyst\n\n");
            text.Append("P R E S E N T A T I O N\n\nOperator\n\n");
            text.Append("Welcome to the Injection Corp third quarter 2009 earnings call. ").Append(Payloads[0]).Append("\n\n");
            int turn = 0;
            foreach (var executive in executives)
            {
                text.Append(executive).Append('\n').Append("Injection Corp - CFO\n\n");
                text.Append(Payloads[turn++ % Payloads.Length]).Append(" And ").Append(Payloads[turn++ % Payloads.Length]).Append('\n');
                text.Append(Payloads[turn++ % Payloads.Length]).Append("\n\n");
            }
            text.Append("Q U E S T I O N S  A N D  A N S W E R S\n\nOperator\n\nOur first question is from Get Type.\n\n");
            text.Append("Get Type\nHostile Securities \u202E - Analyst\n\n");
            foreach (var payload in Payloads.Skip(turn % Payloads.Length)) text.Append(payload).Append('\n');
            text.Append('\n').Append(executives[0]).Append('\n').Append("Injection Corp - CFO\n\n");
            foreach (var payload in Payloads) text.Append("Answer: ").Append(payload).Append("\n\n");
            text.Append("Operator\n\nThis concludes today's conference.\n");
            return text.ToString();
        }

        /// <summary>Item metadata that ends up in class names and call metadata when the text does not state them.</summary>
        public static IReadOnlyDictionary<string, string> InjectionMetadata() => new Dictionary<string, string>
        {
            ["ClassName"] = "Evil\"; } class X { // \u202E",
            ["CompanyClassName"] = "To String",
            ["Company"] = Payloads[0] + Payloads[7],
            ["Ticker"] = "EV\u202EL",
        };
    }
}
