using System.Buffers;
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
