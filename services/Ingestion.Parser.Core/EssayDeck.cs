namespace Ingestion.Parser.Core;

/// <summary>
/// "On a winter spent keeping the roads open, and what it did to my sense of time": an essay's deck under its short title
/// opens as a phrase, with a preposition, an article or a question word. A news headline under a blog's name ("Capitol
/// Notebook" / "House passes stopgap that strips health law money, …") opens with its subject, and is the headline.
/// </summary>
internal static class EssayDeck
{
    private static readonly WordSet PhraseOpenings = new(
    [
        "on", "in", "of", "for", "about", "from", "after", "before", "with", "without", "between", "among", "through", "into", "against",
        "a", "an", "the", "how", "why", "what", "when", "where", "who", "which", "notes", "reflections",
    ]);

    public static bool OpensAsPhrase(string deck)
    {
        var text = deck.AsSpan().TrimStart();
        var space = text.IndexOf(' ');
        return space > 0 && PhraseOpenings.Contains(text[..space].TrimEnd(','));
    }
}
