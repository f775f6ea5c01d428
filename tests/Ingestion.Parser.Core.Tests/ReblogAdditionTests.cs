using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReblogAdditionTests
{
    [Fact]
    public void The_words_a_reblogging_account_added_among_the_notes_are_no_text_of_the_post()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbor trail gets its missing bridge

            The parks board voted Tuesday to build the footbridge that will close the last gap in the harbor trail, two years after the old one washed out.

            The bridge will cost $380,000, most of it from a state grant, and should open by next summer.

            9 Notes

            millbrookwalks reblogged this from harbornotes and added:

            About time. The detour along Route 9 has no sidewalk.

            t-ferreira likes this

            harbornotes posted this
            """), "page.txt");

        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
