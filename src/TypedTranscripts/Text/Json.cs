using System;
using System.Collections.Generic;
using System.Text;

namespace TypedTranscripts.Text
{
    internal enum JsonKind : byte
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
    }

    /// <summary>A JSON value with the offset where it starts in the text.</summary>
    internal sealed class JsonValue
    {
        private JsonValue(JsonKind kind, int offset, string? text)
        {
            Kind = kind;
            Offset = offset;
            Text = text;
        }

        public JsonKind Kind { get; }

        /// <summary>Where the value starts in the source text.</summary>
        public int Offset { get; }

        /// <summary>A string's decoded value, or a number's source text.</summary>
        public string? Text { get; }

        private List<JsonValue>? _items;
        private List<KeyValuePair<string, JsonValue>>? _members;

        /// <summary>An array's items.</summary>
        public List<JsonValue> Items => _items ??= new List<JsonValue>();

        /// <summary>An object's members in source order (a repeated key keeps each occurrence).</summary>
        public List<KeyValuePair<string, JsonValue>> Members => _members ??= new List<KeyValuePair<string, JsonValue>>();

        public static JsonValue Of(JsonKind kind, int offset, string? text = null) => new JsonValue(kind, offset, text);

        private string[]? _matchKeys;

        /// <summary>The first member whose key, compared without case, <c>_</c>, <c>-</c> or spaces, is one of <paramref name="keys"/>.</summary>
        public JsonValue? Member(params string[] keys)
        {
            if (_members is null) return null;
            // Keys are normalised once per object, not once per lookup.
            if (_matchKeys is null || _matchKeys.Length != _members.Count)
            {
                _matchKeys = new string[_members.Count];
                for (int i = 0; i < _members.Count; i++) _matchKeys[i] = KeyOf(_members[i].Key);
            }
            for (int i = 0; i < _matchKeys.Length; i++)
            {
                foreach (var wanted in keys)
                {
                    if (_matchKeys[i] == wanted) return _members[i].Value;
                }
            }
            return null;
        }

        /// <summary>A key in the form <see cref="Member"/> compares: lower case letters and digits only.</summary>
        public static string KeyOf(string key)
        {
            var builder = new StringBuilder(key.Length);
            foreach (char c in key)
            {
                if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
                else if (c == '&') builder.Append('&');
            }
            return builder.ToString();
        }

        /// <summary>A string's value, or a number's text, or null.</summary>
        public string? Scalar => Kind == JsonKind.String || Kind == JsonKind.Number ? Text : Kind == JsonKind.True ? "true" : Kind == JsonKind.False ? "false" : null;
    }

    /// <summary>
    /// A small, forgiving JSON reader (netstandard2.0 has none): linear, bounded nesting, never throws. On malformed
    /// input it keeps what it read up to the error (a truncated file still gives its first turns) and says where it stopped.
    /// Trailing commas are accepted.
    /// </summary>
    internal sealed class JsonReader
    {
        /// <summary>Deeper nesting is refused rather than risking the stack.</summary>
        public const int MaxDepth = 64;

        private readonly string _text;
        private readonly System.Threading.CancellationToken _cancellationToken;
        private int _pos;
        private int _steps;

        private JsonReader(string text, System.Threading.CancellationToken cancellationToken)
        {
            _text = text;
            _cancellationToken = cancellationToken;
        }

        private string? Error { get; set; }

        private int ErrorOffset { get; set; }

        /// <summary>Reads one JSON value from the start of <paramref name="text"/>. The root may be partial when <see cref="Error"/> is set.</summary>
        public static JsonValue? Parse(string text, out string? error, out int errorOffset, System.Threading.CancellationToken cancellationToken = default)
        {
            var reader = new JsonReader(text, cancellationToken);
            reader.SkipSpace();
            JsonValue? root = reader.Value(0);
            if (reader.Error is null)
            {
                reader.SkipSpace();
                if (reader._pos < text.Length) reader.Fail("unexpected text after the end of the JSON value");
            }
            error = reader.Error;
            errorOffset = reader.ErrorOffset;
            return root;
        }

        private void Fail(string message)
        {
            if (Error is not null) return;
            Error = message;
            ErrorOffset = Math.Min(_pos, _text.Length);
        }

        private JsonValue? Value(int depth)
        {
            if ((++_steps & 0xFFFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
            if (_pos >= _text.Length)
            {
                Fail("the JSON ends where a value was expected");
                return null;
            }
            char c = _text[_pos];
            switch (c)
            {
                case '{':
                case '[':
                    if (depth >= MaxDepth)
                    {
                        Fail("the JSON is nested more than " + MaxDepth + " levels deep");
                        return null;
                    }
                    return c == '{' ? Object(depth) : Array(depth);
                case '"':
                    int start = _pos;
                    string? s = String();
                    return s is null ? null : JsonValue.Of(JsonKind.String, start, s);
                case 't':
                    return Literal("true", JsonKind.True);
                case 'f':
                    return Literal("false", JsonKind.False);
                case 'n':
                    return Literal("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return Number();
                    Fail("unexpected character '" + c + "'");
                    return null;
            }
        }

        private JsonValue? Object(int depth)
        {
            var result = JsonValue.Of(JsonKind.Object, _pos);
            _pos++;
            while (true)
            {
                SkipSpace();
                if (_pos >= _text.Length)
                {
                    Fail("the JSON ends inside an object");
                    return result;
                }
                if (_text[_pos] == '}')
                {
                    _pos++;
                    return result;
                }
                if (_text[_pos] != '"')
                {
                    Fail("expected a quoted key");
                    return result;
                }
                string? key = String();
                if (key is null) return result;
                SkipSpace();
                if (_pos >= _text.Length || _text[_pos] != ':')
                {
                    Fail("expected ':' after a key");
                    return result;
                }
                _pos++;
                SkipSpace();
                var value = Value(depth + 1);
                if (value is not null) result.Members.Add(new KeyValuePair<string, JsonValue>(key, value));
                if (Error is not null) return result;
                SkipSpace();
                if (_pos < _text.Length && _text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }
                if (_pos < _text.Length && _text[_pos] == '}')
                {
                    _pos++;
                    return result;
                }
                Fail("expected ',' or '}' in an object");
                return result;
            }
        }

        private JsonValue? Array(int depth)
        {
            var result = JsonValue.Of(JsonKind.Array, _pos);
            _pos++;
            while (true)
            {
                SkipSpace();
                if (_pos >= _text.Length)
                {
                    Fail("the JSON ends inside a list");
                    return result;
                }
                if (_text[_pos] == ']')
                {
                    _pos++;
                    return result;
                }
                var value = Value(depth + 1);
                if (value is not null) result.Items.Add(value);
                if (Error is not null) return result;
                SkipSpace();
                if (_pos < _text.Length && _text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }
                if (_pos < _text.Length && _text[_pos] == ']')
                {
                    _pos++;
                    return result;
                }
                Fail("expected ',' or ']' in a list");
                return result;
            }
        }

        private string? String()
        {
            _pos++; // the opening quote
            int runStart = _pos;
            StringBuilder? builder = null;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '"')
                {
                    string value = builder is null ? _text.Substring(runStart, _pos - runStart) : builder.Append(_text, runStart, _pos - runStart).ToString();
                    _pos++;
                    return value;
                }
                if (c != '\\')
                {
                    _pos++;
                    continue;
                }
                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _pos - runStart);
                if (_pos + 1 >= _text.Length) break;
                char e = _text[_pos + 1];
                _pos += 2;
                switch (e)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > _text.Length || !TryHex(_text, _pos, out char unit))
                        {
                            _pos -= 2;
                            Fail("a \\u escape needs four hexadecimal digits");
                            return null;
                        }
                        builder.Append(unit);
                        _pos += 4;
                        break;
                    default:
                        _pos -= 2;
                        Fail("unknown escape '\\" + e + "' in a string");
                        return null;
                }
                runStart = _pos;
            }
            Fail("the JSON ends inside a string");
            return null;
        }

        private static bool TryHex(string text, int at, out char unit)
        {
            int value = 0;
            for (int i = at; i < at + 4; i++)
            {
                char c = text[i];
                int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    unit = '\0';
                    return false;
                }
                value = value * 16 + digit;
            }
            unit = (char)value;
            return true;
        }

        private JsonValue? Number()
        {
            int start = _pos;
            if (_text[_pos] == '-') _pos++;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.' || _text[_pos] == 'e' || _text[_pos] == 'E'
                || ((_text[_pos] == '+' || _text[_pos] == '-') && (_text[_pos - 1] == 'e' || _text[_pos - 1] == 'E')))) _pos++;
            if (_pos == start + 1 && _text[start] == '-')
            {
                Fail("a '-' without digits");
                return null;
            }
            return JsonValue.Of(JsonKind.Number, start, _text.Substring(start, _pos - start));
        }

        private JsonValue? Literal(string word, JsonKind kind)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            {
                Fail("unexpected word; expected " + word);
                return null;
            }
            int start = _pos;
            _pos += word.Length;
            return JsonValue.Of(kind, start);
        }

        private void SkipSpace()
        {
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\n' || _text[_pos] == '\r' || _text[_pos] == '\uFEFF')) _pos++;
        }
    }
}
