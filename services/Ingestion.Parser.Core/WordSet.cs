using System.Collections.Frozen;

namespace Ingestion.Parser.Core;

/// <summary>Words and short phrases matched case-insensitively, looked up by span so a line's words need no string each.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    // Most words asked about are in no set: their shape turns them down before they are hashed.
    private readonly WordShapes _shapes;

    public WordSet(params IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(set);
    }

    public bool Contains(ReadOnlySpan<char> text) => _shapes.MayHold(text) && _words.Contains(text);

    /// <summary>Whether a part of class names or ids ("comment-list sidebar_ad") is in the set, parts split at spaces, hyphens and underscores.</summary>
    public bool ContainsNamePart(ReadOnlySpan<char> names)
    {
        foreach (var range in names.SplitAny(" -_"))
        {
            if (Contains(names[range]))
            {
                return true;
            }
        }

        return false;
    }
}
