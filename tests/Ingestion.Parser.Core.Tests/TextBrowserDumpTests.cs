using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextBrowserDumpTests
{
    private static List<string> Normalized(string text) =>
        [.. TextBrowserDump.Normalize(TextLine.Split(text)).Where(line => !line.IsBlank).Select(line => line.Text)];

    [Fact]
    public void Joins_wrapped_lines_drops_link_numbers_and_the_reference_list()
    {
        const string dump = """
               [1]Skip to content

               The council voted on Monday to approve the bridge after two years of
               debate, [2]officials said.

               [3]Reply

            References

               1. https://example.test/#content
               2. https://example.test/officials/
               3. https://example.test/?replytocom=1
            """;

        Assert.Equal(
            ["Skip to content", "The council voted on Monday to approve the bridge after two years of debate, officials said.", "Reply"],
            Normalized(dump));
    }

    [Fact]
    public void Lines_that_fit_the_width_with_the_next_word_stay_apart()
    {
        const string dump = """
               Tom Reyes says:
               October 14, 2021 at 7:02 pm
               A comment long enough to set the width of this little page of text.

            References

               1. https://example.test/
            """;

        Assert.Equal(
            ["Tom Reyes says:", "October 14, 2021 at 7:02 pm", "A comment long enough to set the width of this little page of text."],
            Normalized(dump));
    }

    [Fact]
    public void A_page_without_a_reference_list_is_left_as_it_is()
    {
        const string page = "Title [1]\nA short line\nwith a second line";

        Assert.Equal(["Title [1]", "A short line", "with a second line"], Normalized(page));
    }
}
