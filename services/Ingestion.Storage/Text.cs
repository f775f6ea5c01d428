using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Ingestion.Storage;

/// <summary>
/// PostgreSQL text holds neither NUL characters nor unpaired UTF-16 surrogates; storing such a page must not
/// fail forever, so both are replaced (NUL dropped, a lone surrogate becomes U+FFFD).
/// </summary>
internal static class Text
{
    public const string ParagraphSeparator = "\n\n";

    private static readonly SearchValues<char> Suspects =
        SearchValues.Create("\0" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    public static string JoinParagraphs(IEnumerable<string> paragraphs) =>
        Clean(string.Join(ParagraphSeparator, paragraphs));

    // A null element (possible after deserialization) is dropped rather than stored as an empty string.
    public static string[] Clean(IEnumerable<string?> values) => values.OfType<string>().Select(CleanText).ToArray();

    [return: NotNullIfNotNull(nameof(value))]
    public static string? Clean(string? value) => value is null ? null : CleanText(value);

    private static string CleanText(string value)
    {
        if (!NeedsCleaning(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string value)
    {
        var rest = value.AsSpan();
        while (true)
        {
            // Vectorised skip to the next character that may need attention: almost all text has none.
            var next = rest.IndexOfAny(Suspects);
            if (next < 0)
            {
                return false;
            }

            var c = rest[next];
            if (c == '\0' || !char.IsHighSurrogate(c) || next + 1 >= rest.Length || !char.IsLowSurrogate(rest[next + 1]))
            {
                return true;
            }

            rest = rest[(next + 2)..];
        }
    }
}
