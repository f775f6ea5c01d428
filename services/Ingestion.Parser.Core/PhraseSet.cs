using System.Buffers;
using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// Phrases searched for anywhere in a text, ignoring case. A text shorter than the shortest phrase
/// holds none (a match ignoring case is as long as its phrase), so the many short lines of a page skip the search, whose
/// fixed cost is most of its time on them.
/// </summary>
/// <remarks>
/// The phrases are searched in groups of at most <see cref="PhrasesPerSearch"/>. SearchValues' vectorised search for ASCII
/// phrases (Teddy) gives each of up to eight phrases a bucket of its own; with more, phrases share buckets, and in prose
/// nearly every position then looks like a candidate to verify: thirty-seven footer phrases took twice as long in one
/// search as in five searches of eight. A phrase with other characters ("réagir") is searched alone: in a group, it
/// would turn the group's search into the general Aho-Corasick one (four such phrases together took 500 ns a line where
/// four searches of one took 90).
/// </remarks>
internal sealed class PhraseSet
{
    private const int PhrasesPerSearch = 8;

    private readonly SearchValues<string>[] _searches;
    private readonly int _shortest;

    public PhraseSet(params string[] phrases)
    {
        _shortest = phrases.Min(phrase => phrase.Length);
        var ascii = phrases.Where(phrase => Ascii.IsValid(phrase)).ToArray();
        var other = phrases.Where(phrase => !Ascii.IsValid(phrase)).ToArray();
        _searches = [.. ascii.Chunk(PhrasesPerSearch).Concat(other.Select(phrase => new[] { phrase })).Select(group => SearchValues.Create(group, StringComparison.OrdinalIgnoreCase))];
    }

    public bool FoundIn(ReadOnlySpan<char> text)
    {
        if (text.Length < _shortest)
        {
            return false;
        }

        foreach (var search in _searches)
        {
            if (text.ContainsAny(search))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the first phrase starts in the text, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        if (text.Length < _shortest)
        {
            return -1;
        }

        var first = -1;
        foreach (var search in _searches)
        {
            if (text.IndexOfAny(search) is >= 0 and var at && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }
}
