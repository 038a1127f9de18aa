// A build allocates millions of small strings from every core at once; glibc's
// allocator spent a quarter of a 10,000-document build in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    plenary::cli::run()
}
