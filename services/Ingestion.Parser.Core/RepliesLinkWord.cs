namespace Ingestion.Parser.Core;

/// <summary>
/// "Alle 5 Antworten anzeigen", "Ver las 3 respuestas", "Voir les 4 réponses": a link to one comment's replies names them
/// with the word for replies in the site's language, wherever the language puts it. Read as a link to all comments, it
/// closed the German thread after its fourth comment.
/// </summary>
internal static class RepliesLinkWord
{
    private const int MaxLength = 48;

    private static readonly WordSet ReplyWords = new("replies", "antworten", "respuestas", "réponses", "risposte", "respostas", "reacties", "svar", "odpowiedzi");

    /// <summary>A short line with a count and a replies word among its words.</summary>
    public static bool Names(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 8 or > MaxLength || line.IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        foreach (var range in line.Split(' '))
        {
            if (ReplyWords.Contains(line[range].Trim("()»›.")))
            {
                return true;
            }
        }

        return false;
    }
}
