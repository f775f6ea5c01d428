using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// Phrases searched for anywhere in a text, ignoring case. A text shorter than the shortest phrase holds none (a match
/// ignoring case is as long as its phrase), so the many short lines of a page skip the search, whose fixed cost is most
/// of its time on them.
/// </summary>
internal sealed class PhraseSet(params string[] phrases)
{
    public IReadOnlyList<string> Phrases { get; } = phrases;

    private readonly SearchValues<string> _phrases = SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase);
    private readonly int _shortest = phrases.Min(phrase => phrase.Length);

    public bool FoundIn(ReadOnlySpan<char> text) => text.Length >= _shortest && text.ContainsAny(_phrases);

    /// <summary>Where the first phrase starts in the text, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text) => text.Length >= _shortest ? text.IndexOfAny(_phrases) : -1;
}
