using System.Buffers;
using System.Globalization;
using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>Whitespace handling shared by every splitter: runs collapse to one space, invisible characters go.</summary>
internal static class Whitespace
{
    /// <summary>Characters a clean line never holds: invisible ones and any whitespace but the plain space.</summary>
    private static readonly SearchValues<char> NeverInCleanText = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => IsInvisible(c) || (char.IsWhiteSpace(c) && c != ' ')).ToArray());

    /// <summary>The text with whitespace collapsed; the same instance when it needs no change, so clean lines cost nothing.</summary>
    public static string Collapse(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var trimmed = value.AsSpan().Trim();
        return trimmed.Length == value.Length && !NeedsRewrite(trimmed) ? value : Collapse(trimmed);
    }

    public static string Collapse(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (!NeedsRewrite(value))
        {
            return value.ToString();
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A line's text with every space character a plain space and the invisible ones gone, nothing else changed. A page
    /// saved from HTML keeps a no-break space wherever the markup had one ("By&amp;nbsp;Jane Doe", "Like&amp;nbsp;·&amp;nbsp;Reply",
    /// "Sept.&amp;nbsp;24, 2013"), and the text rules split words and find separators at plain spaces. Runs of spaces stay:
    /// a text browser's cell gap is one.
    /// </summary>
    public static string PlainSpaces(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny(SpaceOrInvisible))
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsInvisible(c))
            {
                builder.Append(char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : c);
            }
        }

        return builder.ToString().Trim();
    }

    private static readonly SearchValues<char> SpaceOrInvisible = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code)
            .Where(c => IsInvisible(c) || (c != ' ' && char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)).ToArray());

    /// <summary>Columns of leading indentation, a tab counting as four.</summary>
    public static int Indentation(ReadOnlySpan<char> line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == '\t')
            {
                columns += 4;
            }
            else if (char.IsWhiteSpace(c))
            {
                columns++;
            }
            else
            {
                break;
            }
        }

        return columns;
    }

    private static bool NeedsRewrite(ReadOnlySpan<char> value) =>
        value.ContainsAny(NeverInCleanText) || value.Contains("  ", StringComparison.Ordinal);

    // Zero-width characters and soft hyphens survive copy-paste from browsers but are never content.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
