using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetaAuthorNoWriterTests
{
    [Theory]
    [InlineData("The Ashford Ledger-Star", "The Ashford Ledger-Star")]
    [InlineData("Ashford Ledger-Star", "The Ashford Ledger-Star")]
    [InlineData("kmarchet", "Kettle River Live")]
    [InlineData("Beacon staff", "The Lakeshore Daily Beacon")]
    public void The_papers_name_a_login_or_a_desk_names_no_writer(string author, string site) =>
        Assert.True(MetaAuthorNoWriter.Is(author, site));

    [Theory]
    [InlineData("@HarborWeeklyUK")]
    [InlineData(" @coastal_news ")]
    public void A_social_handle_names_the_sites_account_no_writer(string author) =>
        Assert.True(MetaAuthorNoWriter.Is(author, "Harbor Weekly"));

    [Theory]
    [InlineData("@")]
    [InlineData("@Harbor Weekly")]
    [InlineData("news@harborweekly.example")]
    [InlineData("Ann @ Harbor")]
    public void An_address_or_words_after_an_at_sign_are_no_handle(string author) =>
        Assert.False(MetaAuthorNoWriter.IsSocialHandle(author));

    [Theory]
    [InlineData("Sarah Lindqvist", "The Ashford Ledger-Star")]
    [InlineData("Kevin Marchetti", null)]
    [InlineData("Madonna", "Pop Weekly")]
    [InlineData("Jo Staffordshire", "Pop Weekly")]
    public void A_writers_name_is_kept(string author, string? site) =>
        Assert.False(MetaAuthorNoWriter.Is(author, site));

    [Fact]
    public void An_author_meta_that_repeats_the_publisher_meta_names_no_writer()
    {
        Assert.True(MetaAuthorNoWriter.NamesPublisher("Harbor Radio (www.harborradio.example)", "Harbor Radio (www.harborradio.example)"));
        Assert.False(MetaAuthorNoWriter.NamesPublisher("Lena Voss", "Harbor Radio (www.harborradio.example)"));
        Assert.False(MetaAuthorNoWriter.NamesPublisher("Lena Voss", null));
    }

    [Theory]
    [InlineData("Harbor Post Staff", true)]
    [InlineData("KXRV staff", true)]
    [InlineData("Jo Staffordshire", false)]
    [InlineData("Ana Ruiz", false)]
    public void A_newsroom_signing_as_its_staff_is_a_desk(string name, bool desk) =>
        Assert.Equal(desk, MetaAuthorNoWriter.IsStaffDesk(name));

    [Fact]
    public void An_author_meta_that_the_copyright_meta_and_the_title_repeat_names_the_site()
    {
        Assert.True(MetaAuthorNoWriter.NamesOwner("Cedar Valley Online", "Copyright (c) by Cedar Valley Online", "Cedar Valley Online - Cedar Falls township votes to keep volunteer fire department"));
        Assert.False(MetaAuthorNoWriter.NamesOwner("Karen Walden", "Copyright (c) by Cedar Valley Online", "Cedar Valley Online - Cedar Falls township votes"));
        Assert.False(MetaAuthorNoWriter.NamesOwner("Cedar Valley Online", null, "Cedar Valley Online - Cedar Falls township votes"));
    }

    [Theory]
    [InlineData("NORDKURIER ONLINE, Kiel, Germany", "NORDKURIER ONLINE, Kiel, Germany")]
    [InlineData("Hafenblatt", "© 2019 Hafenblatt")]
    [InlineData("Hafenblatt", "Copyright (c) 2003-2019 by Hafenblatt")]
    public void An_author_meta_the_copyright_meta_names_as_holder_names_the_owner(string author, string copyright) =>
        Assert.True(MetaAuthorNoWriter.NamesOwner(author, copyright, "Fähre fällt aus - Hafenblatt"));

    [Theory]
    [InlineData("Hafenblatt Verlag GmbH, Bremen, Germany")]
    [InlineData("Harbor Media Inc.")]
    [InlineData("Kustbladet Förlag S.A.")]
    public void An_author_meta_naming_a_company_names_the_owner(string author) =>
        Assert.True(MetaAuthorNoWriter.NamesOwner(author, null, null));

    [Theory]
    [InlineData("Jana Petersen", "© 2019 Hafenblatt, Jana Petersen")]
    [InlineData("Jana Petersen", "Hafenblatt")]
    [InlineData("Maria Sa", null)]
    public void A_writers_name_beside_a_copyright_meta_is_kept(string author, string? copyright) =>
        Assert.False(MetaAuthorNoWriter.NamesOwner(author, copyright, "Fähre fällt aus - Hafenblatt"));
}
