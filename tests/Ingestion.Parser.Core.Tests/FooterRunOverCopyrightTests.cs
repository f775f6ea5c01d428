using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class FooterRunOverCopyrightTests
{
    [Fact]
    public void The_publishers_name_over_footer_links_and_notice_is_furniture()
    {
        var lines = new PageLines(TextLine.Split("The text ends here.\n\nCarlisle Washington Bureau\nContact Us\nAbout Us\nPrivacy Policy\nCopyright © 2013 Carlisle DC. All rights reserved."));
        Assert.True(FooterRunOverCopyright.Has(lines, 2));
    }

    [Fact]
    public void A_tag_list_run_into_the_footer_stays()
    {
        var lines = new PageLines(TextLine.Split("Find More Stories About\nKennedy Expressway\nIllinois Department of Transportation\nCopyright © 2013, Lakeshore Tribune\nTerms of Service\nPrivacy Policy"));
        Assert.False(FooterRunOverCopyright.Has(lines, 1));
    }
}
