using System.Collections.Frozen;

namespace Ingestion.Parser.Core;

/// <summary>
/// Words and short phrases, matched as OrdinalIgnoreCase matches them but kept upper-cased in an ordinal set: with
/// non-ASCII entries ("répondre", "gefällt"), a case-insensitive frozen set hashes every probe character by character,
/// which cost more than the rest of the word tests.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _upperCased;
    private readonly int _longest;

    public WordSet(params IEnumerable<string> words)
    {
        _upperCased = words.Select(word => word.ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _longest = _upperCased.Max(word => word.Length);
    }

    public bool Contains(ReadOnlySpan<char> text)
    {
        if (text.Length > _longest)
        {
            return false;
        }

        Span<char> upperCased = stackalloc char[text.Length];
        text.ToUpperInvariant(upperCased);
        return _upperCased.GetAlternateLookup<ReadOnlySpan<char>>().Contains(upperCased);
    }
}
