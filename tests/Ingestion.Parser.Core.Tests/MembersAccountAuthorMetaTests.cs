using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MembersAccountAuthorMetaTests
{
    [Fact]
    public void A_members_account_in_the_author_meta_names_no_writer()
    {
        // The journal page AuthorLabelMidLineTests writes, its author meta naming the society's members.
        var page = AuthorLabelMidLineTests.Parse("""
            <div class="xar-mod-title">Harbour Review #31 - May 2016 + Pilotage Topics</div>
            <div>Author: <a href="mailto:">Bea Okafor</a></div>
            """, """<meta name="author" content="Harbour Society Members">""");
        Assert.Equal(["Bea Okafor"], page.Authors);
    }

    [Theory]
    [InlineData("Harbour Society Members", true)]
    [InlineData("The Friends of the Old Harbour Society Members", false)]
    [InlineData("Bea Okafor", false)]
    public void Only_a_short_name_ending_in_members_is_a_members_account(string name, bool account) =>
        Assert.Equal(account, MetaAuthorNoWriter.IsMembersAccount(name));
}
