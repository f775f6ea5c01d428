namespace Ingestion.Parser.Core;

/// <summary>
/// "Poll" / "Should the county pave Township Road 12?" / "( )Yes" / "( )No" / "[Vote]": a sidebar's poll, which a text
/// browser prints as its question over radio buttons ("( )", "(*)"). The options, the question and the poll's label hold
/// no text of the story.
/// </summary>
internal static class PollBox
{
    /// <summary>The label over a poll's question, in the languages the parser reads; <see cref="ButtonlessPollBox"/> asks it too.</summary>
    public static readonly WordSet Labels = new(["poll", "today's poll", "quick poll", "reader poll", "online poll", "our poll", "vote", "umfrage", "sondage", "encuesta", "sondaggio", "peiling"]);

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsRadioButton(lines[i].Text) || (i > 0 && IsRadioButton(lines[i - 1].Text)))
            {
                continue;
            }

            result ??= [.. lines];
            var option = i;
            while (option < lines.Count && IsRadioButton(lines[option].Text))
            {
                result[option++] = new TextLine(0, string.Empty);
            }

            // "[Vote] View results": the poll's button and its link to the results, right under the options.
            if (option < lines.Count && lines[option].Text.StartsWith('[') && lines[option].Text.IndexOf(']') is > 1 and < 20 && lines[option].Text.Length <= 40)
            {
                result[option] = new TextLine(0, string.Empty);
            }

            var question = NonBlankLines.Previous(lines, i);
            if (question >= 0 && i - question <= 2 && lines[question].Text.Length <= 200 && lines[question].Text.TrimEnd().EndsWith('?'))
            {
                result[question] = new TextLine(0, string.Empty);
                var label = NonBlankLines.Previous(lines, question);
                if (label >= 0 && question - label <= 2 && Labels.Contains(lines[label].Text.AsSpan().Trim(" :")))
                {
                    result[label] = new TextLine(0, string.Empty);
                }
            }
        }

        return result ?? lines;
    }

    /// <summary>"( )Yes", "(*) Yes", "( ) Not sure": a radio button and its option, as lynx and w3m draw them.</summary>
    private static bool IsRadioButton(string text) =>
        text.Length > 3 && text[0] == '(' && text[1] is ' ' or '*' && text[2] == ')' && char.IsLetterOrDigit(text.AsSpan(3).TrimStart() is [var c, ..] ? c : ' ');
}
