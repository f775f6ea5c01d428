using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OwnedPublisherNoticeTests
{
    [Theory]
    [InlineData("Copyright 2013 HealthNews Network, a TechMedia company. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("Copyright 2013 Orbit Science, a Tribune Media Group company. All rights reserved.")]
    public void A_holder_explained_as_an_owners_company_is_a_site(string notice) => Assert.True(OwnedPublisherNotice.NamesOwningCompany(notice));

    [Theory]
    [InlineData("Copyright 2013 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("Copyright 2013 Reuters. All rights reserved. Smith, a spokesman for the company, said nothing.")]
    [InlineData("© 2013 Harbor Media, a company that makes no claim of its own and says so at great length in its notice")]
    public void A_wires_notice_names_no_owner(string notice) => Assert.False(OwnedPublisherNotice.NamesOwningCompany(notice));
}
