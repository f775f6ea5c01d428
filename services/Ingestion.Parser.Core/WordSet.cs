using System.Collections.Frozen;

namespace Ingestion.Parser.Core;

/// <summary>Words and short phrases matched case-insensitively, looked up by span so a line's words need no string each.</summary>
internal sealed class WordSet(params IEnumerable<string> words)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words =
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> text) => _words.Contains(text);

    /// <summary>Whether a part of class names or ids ("comment-list sidebar_ad") is in the set, parts split at spaces, hyphens and underscores.</summary>
    public bool ContainsNamePart(ReadOnlySpan<char> names)
    {
        foreach (var range in names.SplitAny(" -_"))
        {
            if (_words.Contains(names[range]))
            {
                return true;
            }
        }

        return false;
    }
}
