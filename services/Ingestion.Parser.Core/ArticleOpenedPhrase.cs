namespace Ingestion.Parser.Core;

/// <summary>
/// "Bergbau – Der Weg der Erzsucher" as a crosshead in a blog's text: after the dash, "Der Weg der Erzsucher" has a
/// name's shape (capitalised words and a particle "der"), and the line was read as a byline "topic – name" and left the
/// text. A German definite article opening the words ("Der", "Die", "Das") opens a phrase, never a person's name.
/// English "The" is left alone: a paper or a moderator account ("The Coastal Sun") stands where names do and is read
/// there as one.
/// </summary>
internal static class ArticleOpenedPhrase
{
    private static readonly WordSet Articles = new(["der", "die", "das"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var space = text.IndexOf(' ');
        return space > 0 && char.IsUpper(text[0]) && Articles.Contains(text[..space]);
    }
}
