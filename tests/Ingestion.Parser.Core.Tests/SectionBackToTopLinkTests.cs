using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionBackToTopLinkTests
{
    private const string Report = """
        Harbour Authority: Options for the Ferry Levy

        Background

        The harbour authority has charged a flat levy on every ferry crossing since the bridge closed in the spring of that year.

        Operators told the review that the flat levy falls hardest on the small boats that carry the fewest passengers.
        Back to top

        Conclusions and recommendations

        The review recommends a levy set by the number of passengers carried, phased in over two years for the small operators.

        It also recommends that the authority publish the levy's takings and costs every year, so that operators can check them.

          • Site map
          • Privacy

        © 2024 Harbour Authority. All rights reserved.
        Back to top
        """;

    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void The_text_goes_on_past_a_sections_back_to_top_link()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Report), "levy.w3m.txt");

        Assert.Contains("The review recommends a levy set by the number of passengers carried, phased in over two years for the small operators.", page.BodyParagraphs);
        Assert.Equal("It also recommends that the authority publish the levy's takings and costs every year, so that operators can check them.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void Only_a_back_to_top_link_with_prose_under_it_ends_a_section()
    {
        var lines = Lines(Report);
        var links = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text == "Back to top")
            {
                links.Add(i);
            }
        }

        Assert.Equal(2, links.Count);
        Assert.True(SectionBackToTopLink.Is(lines, links[0]));
        Assert.False(SectionBackToTopLink.Is(lines, links[1]));
    }
}
