using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNameAfterAuthorTests
{
    [Fact]
    public void The_sites_name_run_on_after_a_writers_name_is_no_part_of_it() =>
        Assert.Equal(["Paul Okafor", "Dana Ruiz"], SiteNameAfterAuthor.Trimmed(["Paul Okafor Harbour News", "Dana Ruiz"], "Harbour News"));

    [Fact]
    public void A_name_of_one_word_before_the_site_and_a_site_that_is_only_part_of_a_word_leave_the_name_whole()
    {
        Assert.Equal(["Dana Ruiz"], SiteNameAfterAuthor.Trimmed(["Dana Ruiz"], "Ruiz"));
        Assert.Equal(["Paul Okafor Harbour Newsroom"], SiteNameAfterAuthor.Trimmed(["Paul Okafor Harbour Newsroom"], "room"));
    }
}
