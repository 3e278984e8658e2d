// The browser tests drive one real server and Chromium per class on a 2-core CI machine: running
// classes side by side only makes timing-sensitive UI steps flaky.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
