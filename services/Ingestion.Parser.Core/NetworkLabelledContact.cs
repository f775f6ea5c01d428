namespace Ingestion.Parser.Core;

/// <summary>
/// "On Twitter: Follow Name and get more energy coverage at DeskHandle.": the writer's follow line under the text, its
/// network named by a label in front rather than after the name ("Follow Name on Twitter", BoilerplateFilter's writer
/// contact line). The label and the prompt's verb together make it a prompt, no paragraph of the story.
/// Cost: reached only for a short line opening with a capital O; two prefix comparisons.
/// </summary>
internal static class NetworkLabelledContact
{
    private static readonly string[] Labels = ["On Twitter:", "On Facebook:", "On Instagram:"];

    private static readonly string[] Verbs = ["Follow ", "Like ", "Join "];

    public static bool Is(ReadOnlySpan<char> text)
    {
        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[label.Length..].TrimStart();
                foreach (var verb in Verbs)
                {
                    if (rest.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
