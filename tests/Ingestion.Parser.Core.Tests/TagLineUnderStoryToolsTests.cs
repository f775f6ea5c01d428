using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagLineUnderStoryToolsTests
{
    private const string Tools = "Copyright 2013 KMBR. All rights reserved.\n\nShare\nTweet\nEmail\nPrint\n\nRelated Stories\n\n  • Cutter Creek bridge closed to trucks\n"
        + "  • Detour adds 12 miles for farmers\n\n";

    [Fact]
    public void A_tag_line_among_the_storys_tools_under_the_copyright_line_is_found()
    {
        var lines = new PageLines(TextLine.Split(Tools + "Tags: Old Mill Road, Cutter Creek, bridges\n\nComments\n"));

        Assert.Equal(12, TagLineUnderStoryTools.Find(lines, 1));
    }

    [Fact]
    public void A_tag_line_under_the_thread_heading_is_not_the_storys()
    {
        var lines = new PageLines(TextLine.Split(Tools + "12 comments\n\nTags: Old Mill Road, Cutter Creek, bridges\n"));

        Assert.Equal(-1, TagLineUnderStoryTools.Find(lines, 1));
    }

    [Fact]
    public void The_station_page_reads_the_tags_under_its_copyright_line()
    {
        var page = "Bridge plan approved\n\nBy Dana Whitfield\n\nThe Millbrook City Council voted 6-1 Wednesday night to spend $4.2 million to rebuild the Old Mill Road bridge.\n\n"
            + "The plan replaces the 1958 deck and two of its three piers, and construction would start in March next year.\n\n"
            + Tools + "Tags: Old Mill Road, Cutter Creek, bridges\n\nComments\n\n12 comments\n";

        Assert.Equal(["Old Mill Road", "Cutter Creek", "bridges"], PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(page), "page.txt").Tags);
    }
}
