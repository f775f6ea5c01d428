using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledCommentHeaderTests
{
    [Theory]
    [InlineData("Comment by Howard Tibbs on March 12, 2013 at 3:10pm", true)]
    [InlineData("Kommentar von Jana Keller am 12.03.2013 um 14:31 Uhr", true)]
    [InlineData("Submitted by quarrydog (not verified) on Wed, 05/15/2013 - 08:20.", true)]
    [InlineData("Comment by Howard Tibbs", false)] // no time: a credit's or a link's words
    [InlineData("Comment by the mayor on March 12, 2013 drew a rebuke from the council.", false)]
    public void A_labelled_comment_header_names_its_writer_and_time(string line, bool header) => Assert.Equal(header, LabelledCommentHeader.Is(line));

    [Fact]
    public void Two_labelled_headers_under_the_text_open_a_thread_with_no_heading()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Creek trail bridge finally reopens

            Posted by Nadine Ferrante on March 12, 2013 at 1:05pm

            After eight months of detours, the footbridge over Sawyer Creek reopened Tuesday morning, and by noon I counted thirty walkers.

            The new bridge is steel with a composite deck, and it is about two feet wider than the old one was.

            Comment by Howard Tibbs on March 12, 2013 at 3:10pm

                Walked it at lunch. It's solid, and the railing is finally high enough.

                  ☆ Reply

            Comment by Kim Beaulieu on March 12, 2013 at 5:47pm

                Any word on lights? It gets dark early under those trees.

                  ☆ Reply
            """), "page.txt");

        Assert.Equal(["Howard Tibbs", "Kim Beaulieu"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void Two_Drupal_signatures_under_the_text_open_a_thread_at_the_first_ones_subject()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Quarry road closes for culvert work

            Submitted by newsdesk on Tue, 05/14/2013 - 09:30

            The county will close Quarry Road between Elm Street and the gravel pit for two weeks starting Monday while crews replace a collapsed culvert.

            Detour signs will send traffic along Miller Lane, which the county resurfaced last fall and says can carry the extra trucks.

              • Login or register to post comments
              • Printer-friendly version

            About time

            Submitted by quarrydog (not verified) on Wed, 05/15/2013 - 08:20.

            That culvert has been sinking for three years. Glad someone finally noticed.

              • reply

            Miller Lane

            Submitted by Ruth Ann Dorsey on Wed, 05/15/2013 - 10:02.

            Miller Lane has no shoulder and a school bus stop at the bend. Please put a flagger there in the mornings.

              • reply

            © 2013 Valley Courier
            """), "page.txt");

        Assert.Equal(["quarrydog", "Ruth Ann Dorsey"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["That culvert has been sinking for three years. Glad someone finally noticed."], page.Comments[0].Paragraphs);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
