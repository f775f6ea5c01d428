namespace Ingestion.Parser.Core;

/// <summary>
/// "Comments (32) Closed": a South Asian daily's thread heading prints whether the thread still takes comments after its
/// count; the state is no part of the heading. A toggle button that opens the thread prints its count sentence with
/// the labels of its two states ("There are 0 comments. Add yours. Hide them."): the labels are no part of it either.
/// "Kommentare lesen (28) Zur Startseite": a news ticker closes its story with one row of the forum's link with its
/// count and the link back to the front page, which a text browser prints on one line; the link home is no part of
/// the heading, and the row ends the story as the heading alone would.
/// </summary>
internal static class ThreadStateAfterCount
{
    /// <summary>The thread's state, or the link home, after the count's closing bracket.</summary>
    private static readonly string[] States =
    [
        ") Closed", ") closed", ") CLOSED", ") Open", ") open",
        ") Zur Startseite", ") Zurück zur Startseite", ") Startseite", ") Back to top", ") Back to home", ") Back to homepage", ") Home",
        ") Retour à l'accueil", ") Retour à l’accueil", ") Accueil", ") Volver a la portada", ") Volver al inicio", ") Portada", ") Inicio",
    ];

    /// <summary>A thread toggle's labels after its count sentence, the one shown while the thread is closed first.</summary>
    private static readonly string[] ToggleLabels = [" Add yours. Hide them.", " Add yours.", " Hide them.", " Show them."];

    private static readonly string[] CountNouns = ["comments.", "comment.", "responses.", "response."];

    public static string Without(string line)
    {
        var text = line.AsSpan().TrimEnd();
        foreach (var state in States)
        {
            if (text.EndsWith(state, StringComparison.Ordinal))
            {
                return text[..^(state.Length - 1)].ToString();
            }
        }

        foreach (var labels in ToggleLabels)
        {
            // The count sentence keeps its noun and full stop: "… 0 comments."
            if (text.EndsWith(labels, StringComparison.Ordinal) && EndsWithCountNoun(text[..^labels.Length]))
            {
                return text[..^labels.Length].ToString();
            }
        }

        return line;
    }

    /// <remarks>A loop, not a lambda: asked of every line, a closure over the sentence allocated on each.</remarks>
    private static bool EndsWithCountNoun(ReadOnlySpan<char> sentence)
    {
        foreach (var noun in CountNouns)
        {
            if (sentence.EndsWith(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
