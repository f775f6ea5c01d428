using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StoryBoxUnderSkipLinkTests
{
    [Fact]
    public void The_links_box_under_a_skip_link_between_two_paragraphs_is_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Ferry strike called off after late offer

            Crews on the island ferries called off Monday's strike after the operator raised its pay offer late on Sunday night.

            Continue reading the main story
            Island ferries
            Q&A: Who runs the routes
            Timeline: Two years of talks

            The union said members would vote on the new offer next week, and that sailings would run as normal until then.
            """), "page.txt");

        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
