using System.Globalization;
using System.IO;

namespace TypedTranscripts.Export
{
    /// <summary>A small indented JSON writer; netstandard2.0 has no System.Text.Json without a package.</summary>
    internal sealed class JsonWriter
    {
        private readonly TextWriter _out;
        private int _depth;
        private bool _first = true;
        private bool _afterName;

        public JsonWriter(TextWriter output) => _out = output;

        public void StartObject()
        {
            Prefix();
            _out.Write('{');
            _depth++;
            _first = true;
        }

        public void EndObject()
        {
            _depth--;
            if (!_first) NewLine();
            _out.Write('}');
            _first = false;
        }

        public void StartArray()
        {
            Prefix();
            _out.Write('[');
            _depth++;
            _first = true;
        }

        public void EndArray()
        {
            _depth--;
            if (!_first) NewLine();
            _out.Write(']');
            _first = false;
        }

        public void Name(string name)
        {
            Prefix();
            WriteString(name);
            _out.Write(": ");
            _afterName = true;
        }

        public void String(string? value)
        {
            Prefix();
            if (value is null) _out.Write("null");
            else WriteString(value);
        }

        public void Number(decimal? value)
        {
            Prefix();
            _out.Write(value is null ? "null" : Format(value.Value));
        }

        public void Number(int value)
        {
            Prefix();
            _out.Write(value.ToString(CultureInfo.InvariantCulture));
        }

        public void Bool(bool value)
        {
            Prefix();
            _out.Write(value ? "true" : "false");
        }

        public void Property(string name, string? value)
        {
            Name(name);
            String(value);
        }

        public void Property(string name, decimal? value)
        {
            Name(name);
            Number(value);
        }

        public void Property(string name, int value)
        {
            Name(name);
            Number(value);
        }

        /// <summary>Plain notation without trailing zeros: 824000000, 0.23, 65.8.</summary>
        public static string Format(decimal value)
        {
            string text = value.ToString("0.############################", CultureInfo.InvariantCulture);
            return text == "-0" ? "0" : text;
        }

        private void Prefix()
        {
            if (_afterName)
            {
                _afterName = false;
                _first = false;
                return;
            }
            if (_depth == 0) return;
            if (!_first) _out.Write(',');
            NewLine();
            _first = false;
        }

        private void NewLine()
        {
            _out.Write('\n');
            for (int i = 0; i < _depth; i++) _out.Write("  ");
        }

        private void WriteString(string value)
        {
            _out.Write('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': _out.Write("\\\""); break;
                    case '\\': _out.Write("\\\\"); break;
                    case '\n': _out.Write("\\n"); break;
                    case '\r': _out.Write("\\r"); break;
                    case '\t': _out.Write("\\t"); break;
                    default:
                        bool loneSurrogate = char.IsHighSurrogate(c) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
                            : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
                        if (c < ' ' || c == '\u2028' || c == '\u2029' || (c >= '\u007F' && c <= '\u009F') || loneSurrogate)
                            _out.Write("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else
                            _out.Write(c);
                        break;
                }
            }
            _out.Write('"');
        }
    }
}
