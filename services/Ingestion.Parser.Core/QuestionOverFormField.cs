namespace Ingestion.Parser.Core;

/// <summary>
/// "What is the issue?" right over lynx's "____" field: a report or contact form's prompt, which a dump prints where the
/// headline's line sits when the form hides under the byline. A question of a few words over a field is the field's label.
/// </summary>
internal static class QuestionOverFormField
{
    private const int MaxLength = 60;

    public static bool Is(string label)
    {
        var text = label.AsSpan().TrimEnd();
        return text.Length is > 0 and <= MaxLength && text[^1] == '?';
    }
}
