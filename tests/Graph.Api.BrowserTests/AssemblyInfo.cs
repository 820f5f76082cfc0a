using Xunit;

// The browser test classes run one after another: two WebApplicationFactory hosts started at the same
// time in one process can pick up each other's configuration (seen in CI: the IDE's fixture bound the
// default port 5000 instead of its own free port while /explore's fixture was starting).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
