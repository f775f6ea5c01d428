using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>Case-insensitive prefixes, checked against a line only when its first character could start one of them.</summary>
internal sealed class PrefixSet
{
    private readonly string[] _prefixes;
    private readonly SearchValues<char> _firstCharacters;

    public PrefixSet(params string[] prefixes)
    {
        _prefixes = prefixes;
        _firstCharacters = SearchValues.Create([.. prefixes.SelectMany(prefix => new[] { char.ToLowerInvariant(prefix[0]), char.ToUpperInvariant(prefix[0]) }).Distinct()]);
    }

    /// <summary>The length of the prefix the text starts with, 0 when it starts with none.</summary>
    public int MatchLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_firstCharacters.Contains(text[0]))
        {
            return 0;
        }

        foreach (var prefix in _prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    public bool Matches(ReadOnlySpan<char> text) => MatchLength(text) > 0;
}
