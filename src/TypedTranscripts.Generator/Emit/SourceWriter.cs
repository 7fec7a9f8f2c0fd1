using System.Text;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>An indenting source builder that always writes '\n', so output is byte-identical on every OS.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
            _builder.Append('\n');
            return this;
        }

        /// <summary>
        /// A line of <paramref name="prefix"/>, what <paramref name="write"/> appends, and <paramref name="suffix"/>: for a
        /// literal of tens of megabytes, written once into the output instead of copied into it.
        /// </summary>
        public SourceWriter Line(string prefix, System.Action<StringBuilder> write, string suffix)
        {
            _builder.Append(' ', _indent * 4).Append(prefix);
            write(_builder);
            _builder.Append(suffix).Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>A <c>/// &lt;summary&gt;</c> block; <paramref name="text"/> must already be XML-escaped (see <see cref="CSharpText.Doc"/>).</summary>
        public SourceWriter Summary(string text)
        {
            Line("/// <summary>");
            Line("/// " + text);
            return Line("/// </summary>");
        }

        public override string ToString() => _builder.ToString();
    }
}
