namespace Ingestion.Parser.Core;

/// <summary>
/// "Have a consumer problem? Contact 12 On Your Side at 555-0112 or email …", "Got a news tip? Email tips@…": a station's
/// or paper's call for readers' tips under the text asks a short question, then gives its contact line. The question
/// is the prompt's opener; what follows it is judged as any contact line is.
/// </summary>
internal static class TipQuestionContact
{
    private const int LongestQuestion = 60;
    private const int MostQuestionWords = 8;

    /// <summary>The line after its opening question, or an empty span when it opens with none.</summary>
    public static ReadOnlySpan<char> AfterQuestion(ReadOnlySpan<char> text)
    {
        // Cheap first: a capital, and a question mark closing a short first sentence.
        if (text.Length < 20 || !char.IsUpper(text[0]))
        {
            return [];
        }

        var mark = text[..Math.Min(text.Length, LongestQuestion + 2)].IndexOf("? ", StringComparison.Ordinal);
        if (mark < 6 || Words.Count(text[..mark]) > MostQuestionWords || text[..mark].ContainsAny('.', '!'))
        {
            return [];
        }

        return text[(mark + 2)..].TrimStart();
    }
}
