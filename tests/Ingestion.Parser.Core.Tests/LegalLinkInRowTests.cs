using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LegalLinkInRowTests
{
    private const string Text =
        "Pilots who trained on the new simulator made fewer mistakes in their first season, a study of two harbours finds. The institute tracked forty pilots over two years.\n\n"
        + "The simulator reproduces the currents of both harbours at every state of the tide, the authors write, and lets trainees repeat a difficult approach as often as they like.\n\n";

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");

    [Fact]
    public void A_footer_row_linking_the_privacy_policy_names_no_writer()
    {
        var page = Parse("Harbour Science\n\nFerry pilots learn the tides faster\n\n" + Text
            + "   About This Site  |  Staff  |  Reviews  |  Contribute  |  Advertise  |  Privacy Policy  |  Terms of Use\n   Copyright 2020 Harbour Science\n");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_byline_row_of_a_name_and_a_job_title_still_names_the_writer()
    {
        var page = Parse("Harbour Science\n\nFerry pilots learn the tides faster\n\nDana Whitcomb | Staff Writer\n\n" + Text
            + "   About This Site  |  Advertise  |  Privacy Policy\n   Copyright 2020 Harbour Science\n");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }

    [Theory]
    [InlineData("Privacy Policy", true)]
    [InlineData(" Terms of Use ", true)]
    [InlineData("Staff Writer", false)]
    [InlineData("Privacy and the harbour trust", false)]
    public void Only_a_legal_pages_name_is_a_legal_link(string segment, bool legal) => Assert.Equal(legal, LegalLinkInRow.Is(segment));
}
